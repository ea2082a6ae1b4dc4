-- Every received message's bytes as they came from the server, so a message the parser could not read can be read
-- again (by a better parser, or a person) and a problem can be proven. AES-256-GCM under the inbox key (like the
-- mailbox credential) with the workspace, mailbox and message ids as associated data; a message over
-- deskhand.inbox.max-message-bytes keeps only its placeholder and has no row here.
create table inbox.message_raw (
    message_id uuid primary key references inbox.message (id) on delete cascade,
    nonce      bytea not null check (octet_length(nonce) = 12),
    ciphertext bytea not null,
    size_bytes int not null
);
