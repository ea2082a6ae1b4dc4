create schema if not exists access;

-- A member's role in a workspace, optionally limited to scopes and a time window. One live grant per member;
-- a revoked grant stays as history. Members are referenced by id only (they belong to the workspace module).
create table access.member_grant (
    id           uuid primary key,
    workspace_id uuid not null,
    member_id    uuid not null,
    role         text not null check (role in ('OWNER', 'MANAGER', 'EMPLOYEE', 'ASSISTANT', 'AGENT')),
    valid_from   timestamptz not null,
    valid_until  timestamptz,
    revoked_at   timestamptz,
    granted_by   uuid,
    created_at   timestamptz not null,
    version      bigint not null,
    check (valid_until is null or valid_until > valid_from)
);
create unique index member_grant_live on access.member_grant (member_id) where revoked_at is null;
create index member_grant_by_workspace on access.member_grant (workspace_id);

create table access.grant_scope (
    member_grant uuid not null references access.member_grant (id) on delete cascade,
    kind         text not null check (kind ~ '^[a-z][a-z0-9-]{0,30}$'),
    key          text not null check (length(key) between 1 and 200),
    primary key (member_grant, kind, key)
);

create table access.nda_acceptance (
    workspace_id uuid not null,
    member_id    uuid not null,
    nda_version  int not null,
    accepted_at  timestamptz not null,
    primary key (member_id, nda_version)
);

create table access.api_token (
    id           uuid primary key,
    workspace_id uuid not null,
    member_id    uuid not null,
    name         text not null check (length(name) between 1 and 100),
    token_hash   text not null unique,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    created_by   uuid,
    created_at   timestamptz not null,
    version      bigint not null
);
create unique index api_token_one_live on access.api_token (member_id) where revoked_at is null;
