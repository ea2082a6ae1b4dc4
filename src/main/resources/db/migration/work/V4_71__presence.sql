-- Who has the reply box of an item open: a heartbeat every ~15 s moves seen_at; a row older than ~40 s counts as gone
-- (the browser closed without saying so). Rows are deleted when the member leaves, sends, or an hour after their
-- last heartbeat.
create table work.presence (
    item_id      uuid not null,
    member_id    uuid not null,
    workspace_id uuid not null,
    member_name  text not null,
    seen_at      timestamptz not null,
    primary key (item_id, member_id)
);
create index presence_seen on work.presence (seen_at);
