create schema if not exists inbox;

-- One IMAP/SMTP account of a workspace. The credential is AES-256-GCM ciphertext under a key that never lives in
-- the database (deskhand.inbox.key, by default derived from the documents key); the associated data binds it to
-- this row. auth_kind says how to read the credential: PASSWORD today, XOAUTH2 (a refresh token) later.
create table inbox.mailbox (
    id                  uuid primary key,
    workspace_id        uuid not null,
    address             text not null check (length(address) between 3 and 254),
    display_name        text not null check (length(display_name) <= 200),
    imap_host           text not null,
    imap_port           int not null check (imap_port between 1 and 65535),
    imap_security       text not null check (imap_security in ('TLS', 'STARTTLS', 'NONE')),
    smtp_host           text not null,
    smtp_port           int not null check (smtp_port between 1 and 65535),
    smtp_security       text not null check (smtp_security in ('TLS', 'STARTTLS', 'NONE')),
    username            text not null check (length(username) between 1 and 254),
    auth_kind           text not null check (auth_kind in ('PASSWORD')),
    credential_nonce    bytea not null check (octet_length(credential_nonce) = 12),
    credential          bytea not null,
    trusted_certificate text,
    poll_seconds        int not null check (poll_seconds between 10 and 86400),
    enabled             boolean not null,
    last_fetch_at       timestamptz,
    last_fetch_ok       boolean,
    last_fetch_error    text,
    created_at          timestamptz not null,
    version             int not null default 0,
    unique (workspace_id, address)
);

-- How far each folder has been fetched: messages with a UID above last_uid are new, as long as the folder's
-- UIDVALIDITY is unchanged. Advanced in the same transaction that stores the message.
create table inbox.folder_state (
    mailbox_id  uuid not null references inbox.mailbox (id) on delete cascade,
    folder      text not null,
    uidvalidity bigint not null,
    last_uid    bigint not null,
    primary key (mailbox_id, folder)
);

create table inbox.conversation (
    id                 uuid primary key,
    workspace_id       uuid not null,
    mailbox_id         uuid not null references inbox.mailbox (id),
    subject_key        text not null,
    participants       text not null,
    subject            text not null,
    started_at         timestamptz not null,
    last_message_at    timestamptz not null
);

create index conversation_by_subject on inbox.conversation (mailbox_id, subject_key, participants, last_message_at desc);

-- A message is stored once per mailbox: dedupe_key is its Message-ID, or a SHA-256 of its raw bytes when it has none.
create table inbox.message (
    id              uuid primary key,
    workspace_id    uuid not null,
    mailbox_id      uuid not null references inbox.mailbox (id),
    conversation_id uuid not null references inbox.conversation (id),
    direction       text not null check (direction in ('IN', 'OUT')),
    dedupe_key      text not null,
    rfc_message_id  text,
    from_address    text not null,
    from_name       text not null,
    to_addresses    jsonb not null,
    cc_addresses    jsonb not null,
    subject         text not null,
    sent_at         timestamptz,
    received_at     timestamptz not null,
    body_text       text not null,
    quoted_from     int,
    html_sanitized  text,
    headers         jsonb not null,
    automated       boolean not null,
    automated_reason text,
    parse_problem   text,
    raw_size        int not null,
    unique (mailbox_id, dedupe_key)
);

create index message_by_conversation on inbox.message (conversation_id, received_at);

create table inbox.attachment (
    id             uuid primary key,
    message_id     uuid not null references inbox.message (id),
    document_id    uuid,
    name           text not null,
    content_type   text not null,
    size_bytes     bigint not null,
    inline         boolean not null,
    refused_reason text,
    check ((document_id is null) = (refused_reason is not null))
);

create index attachment_by_message on inbox.attachment (message_id);

-- Every Message-ID seen in a conversation (received, or sent by us), for threading by In-Reply-To and References.
create table inbox.thread_ref (
    mailbox_id      uuid not null references inbox.mailbox (id),
    rfc_message_id  text not null,
    conversation_id uuid not null references inbox.conversation (id),
    primary key (mailbox_id, rfc_message_id)
);

-- The transactional outbox: a row is committed with the change that queues it, then sent by OutboxSender.
create table inbox.outgoing (
    id              uuid primary key,
    workspace_id    uuid not null,
    mailbox_id      uuid not null references inbox.mailbox (id),
    conversation_id uuid references inbox.conversation (id),
    rfc_message_id  text not null unique,
    status          text not null check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    claimed_at      timestamptz,
    last_error      text,
    payload         jsonb not null,
    automatic       boolean not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    message_id      uuid
);

create index outgoing_due on inbox.outgoing (next_attempt_at) where status in ('QUEUED', 'SENDING');
create index outgoing_by_conversation on inbox.outgoing (conversation_id, created_at);

create table inbox.signature (
    workspace_id uuid not null,
    member_id    uuid not null,
    text         text not null check (length(text) <= 2000),
    primary key (workspace_id, member_id)
);

-- Only one app instance fetches a mailbox at a time: a lease that the fetcher takes with a conditional update and
-- renews after every message; a crashed instance's lease simply runs out.
alter table inbox.mailbox add column fetch_lease_owner uuid, add column fetch_lease_until timestamptz;
