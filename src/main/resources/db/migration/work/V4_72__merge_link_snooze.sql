-- An item merged into another: the merged one is closed and points at the survivor, whose page shows the merged
-- item's conversation and timeline; mail that still arrives on the merged conversation goes to the survivor.
create table work.item_merge (
    merged_id      uuid primary key references work.item (id),
    survivor_id    uuid not null references work.item (id),
    workspace_id   uuid not null,
    merged_by      uuid,
    merged_by_name text not null,
    merged_at      timestamptz not null,
    check (merged_id <> survivor_id)
);
create index item_merge_survivor on work.item_merge (survivor_id);

-- Related items, both directions: one row per pair, the smaller id first.
create table work.item_link (
    a            uuid not null references work.item (id),
    b            uuid not null references work.item (id),
    workspace_id uuid not null,
    created_by   uuid,
    created_at   timestamptz not null,
    primary key (a, b),
    check (a < b)
);
create index item_link_b on work.item_link (b);

-- Snoozed: hidden from the open queue until then; the snooze watch wakes it (and a customer's e-mail does earlier).
alter table work.item add column snoozed_until timestamptz;
create index item_snoozed on work.item (snoozed_until) where snoozed_until is not null;
