create schema if not exists documents;

-- Files stored encrypted at rest (AES-256-GCM). The key never lives in the database: without it a row's
-- ciphertext is unreadable, and the associated data (workspace id + document id) makes a ciphertext copied
-- into another row or workspace fail to decrypt. A deleted document keeps its metadata as history; its
-- ciphertext is wiped to empty bytes.
create table documents.document (
    id           uuid primary key,
    workspace_id uuid not null,
    name         text not null check (length(name) between 1 and 200),
    content_type text not null,
    size_bytes   bigint not null check (size_bytes > 0),
    sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    scope_kind   text check (scope_kind ~ '^[a-z][a-z0-9-]{0,30}$'),
    scope_key    text check (length(scope_key) between 1 and 200),
    uploaded_by  uuid not null,
    created_at   timestamptz not null,
    deleted_at   timestamptz,
    key_version  int not null check (key_version > 0),
    nonce        bytea not null check (octet_length(nonce) = 12),
    ciphertext   bytea not null,
    check ((scope_kind is null) = (scope_key is null)),
    check (deleted_at is not null or octet_length(ciphertext) = size_bytes + 16)
);

create index document_by_workspace on documents.document (workspace_id, created_at desc) where deleted_at is null;

-- Storing the same bytes under the same name and scope twice returns the first document; this index keeps two
-- concurrent uploads from both inserting.
create unique index document_dedupe on documents.document
    (workspace_id, sha256, name, coalesce(scope_kind, ''), coalesce(scope_key, '')) where deleted_at is null;
