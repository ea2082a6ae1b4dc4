-- Signing a mailbox in through the browser (OAuth 2.0 authorization-code flow with PKCE) instead of pasting a refresh
-- token. V2_3 and V2_4 are free numbers too, but below the V2_5 and V2_6 (work) an existing database has already
-- applied: Flyway (without out-of-order) would refuse to start on it, so this takes the next version after the highest.
--
-- The mailbox keeps where to send the person to sign in (the authorization endpoint, which may carry extra fixed
-- parameters such as Google's access_type=offline&prompt=consent) and who signed in when (shown as "connected as").
-- An XOAUTH2 mailbox added without a refresh token has an empty credential until someone signs in.
alter table inbox.mailbox
    add column oauth_authorization_uri text,
    add column oauth_account           text check (length(oauth_account) <= 254),
    add column oauth_connected_at      timestamptz;

-- One sign-in in progress: the state sent to the provider (only its SHA-256 is kept, so the table does not hold a
-- usable state), bound to the person who started it, the workspace and the mailbox; the PKCE code verifier sealed
-- like the mailbox's credential; and the redirect URI, which the token request must repeat. A state is used once
-- (used_at is set by the first callback that presents it, whatever comes next) and expires; rows are kept a day
-- after they expire so a late or repeated callback can be told "expired" or "already used" rather than "unknown".
create table inbox.oauth_sign_in (
    id             uuid primary key,
    state_hash     bytea not null unique check (octet_length(state_hash) = 32),
    workspace_id   uuid not null,
    mailbox_id     uuid not null references inbox.mailbox (id) on delete cascade,
    person_id      uuid not null,
    verifier_nonce bytea not null check (octet_length(verifier_nonce) = 12),
    verifier       bytea not null,
    redirect_uri   text not null,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    used_at        timestamptz
);

create index oauth_sign_in_by_expiry on inbox.oauth_sign_in (expires_at);
