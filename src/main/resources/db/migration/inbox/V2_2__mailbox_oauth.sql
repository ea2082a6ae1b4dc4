-- OAuth 2.0 (XOAUTH2) sign-in. For such a mailbox the credential column holds the refresh token (still AES-256-GCM
-- ciphertext bound to the row); the provider's token endpoint, client id, client secret (ciphertext too) and scopes
-- are kept per mailbox, so a Microsoft 365 and a Google mailbox can live side by side without configuration.
alter table inbox.mailbox drop constraint mailbox_auth_kind_check;
alter table inbox.mailbox add constraint mailbox_auth_kind_check check (auth_kind in ('PASSWORD', 'XOAUTH2'));

alter table inbox.mailbox
    add column oauth_token_uri           text,
    add column oauth_client_id           text,
    add column oauth_client_secret_nonce bytea check (octet_length(oauth_client_secret_nonce) = 12),
    add column oauth_client_secret       bytea,
    add column oauth_scopes              text,
    add constraint mailbox_oauth_complete check (auth_kind <> 'XOAUTH2'
        or (oauth_token_uri is not null and oauth_client_id is not null and oauth_scopes is not null));
