create schema if not exists audit;

-- One keyed hash chain per workspace. Entries are only ever inserted: the application has no code path that
-- updates or deletes them, and verification detects it when someone does so behind its back.
-- mac = HMAC-SHA-256(key, prev_mac || '\n' || canonical line of the other columns); the key never lives here.
create table audit.entry (
    workspace_id  uuid        not null,
    seq           bigint      not null check (seq > 0),
    id            uuid        not null unique,
    occurred_at   timestamptz not null,
    actor_kind    text        not null check (actor_kind in ('person', 'token', 'system')),
    actor_id      uuid,
    actor_name    text        not null,
    subject_type  text        not null check (length(subject_type) between 1 and 100),
    subject_id    text        not null check (length(subject_id) between 1 and 500),
    action        text        not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'READ')),
    before_digest text check (before_digest ~ '^[0-9a-f]{64}$'),
    after_digest  text check (after_digest ~ '^[0-9a-f]{64}$'),
    summary       text        not null,
    prev_mac      text        not null check (prev_mac ~ '^[0-9a-f]{64}$'),
    mac           text        not null check (mac ~ '^[0-9a-f]{64}$'),
    primary key (workspace_id, seq)
);
-- The filters of the log's list: time range, subject type, action and actor, each newest first.
create index entry_by_time on audit.entry (workspace_id, occurred_at);
create index entry_by_subject on audit.entry (workspace_id, subject_type, seq);
create index entry_by_action on audit.entry (workspace_id, action, seq);
create index entry_by_actor on audit.entry (workspace_id, actor_id, seq);

-- The newest entry of each chain. Appends lock this row (select ... for update), so concurrent writers to one
-- workspace queue up instead of forking the chain. seq 0 with 64 zeros is the empty chain.
create table audit.chain_head (
    workspace_id uuid   primary key,
    seq          bigint not null check (seq >= 0),
    mac          text   not null check (mac ~ '^[0-9a-f]{64}$')
);
