-- The scopes an invitation grants on acceptance: an inviter limited to scopes hands out no more than their own.
-- Invitations belong to the workspace module and are referenced by id only.
create table access.invitation_scope (
    invitation_id uuid not null,
    kind          text not null check (kind ~ '^[a-z][a-z0-9-]{0,30}$'),
    key           text not null check (length(key) between 1 and 200),
    primary key (invitation_id, kind, key)
);
