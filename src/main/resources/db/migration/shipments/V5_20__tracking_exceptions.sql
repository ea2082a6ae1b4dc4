-- A workspace's tracking exception rules. kind says which condition; hours is its one number (missed checkpoint: the
-- tolerance after a planned milestone; ETA slip: how far the ETA may pass the promised delivery; stale: how long a
-- shipment in transit may go without an event; unused for carrier exceptions), statuses the statuses a carrier
-- exception reacts to (empty: every problem status). customer_id, carrier_id (parties) and mode narrow it; work_type,
-- sla_policy_id (work) and priority are what its work item gets.
create table shipments.exception_rule (
    id            uuid primary key,
    workspace_id  uuid not null,
    name          text not null check (length(name) between 1 and 100),
    kind          text not null check (kind in ('missed-checkpoint', 'eta-slip', 'stale', 'carrier-exception')),
    enabled       boolean not null,
    hours         int not null check (hours between 0 and 8760),
    statuses      text[] not null default '{}',
    customer_id   uuid,
    carrier_id    uuid,
    mode          text check (mode in ('road', 'ocean', 'air', 'parcel', 'rail')),
    work_type     text not null check (length(work_type) between 1 and 60),
    sla_policy_id uuid,
    priority      text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create unique index exception_rule_name on shipments.exception_rule (workspace_id, lower(name));

-- A rule's condition held for a shipment from raised_at until resolved_at. At most one open row per shipment and rule
-- (the partial unique index): evaluators insert with "on conflict do nothing", so two instances, or the ingest and
-- the clock at the same moment, raise it once. rule_name and kind are kept for when the rule is deleted.
create table shipments.tracking_exception (
    id            uuid primary key,
    workspace_id  uuid not null,
    shipment_id   uuid not null references shipments.shipment (id) on delete cascade,
    rule_id       uuid references shipments.exception_rule (id) on delete set null,
    rule_name     text not null,
    kind          text not null,
    raised_at     timestamptz not null,
    resolved_at   timestamptz,
    -- why it ended: delivered, cancelled, event, eta, checkpoint, status, rule-off, rule-changed, rule-deleted
    resolution    text,
    details       jsonb not null default '{}'
);
create unique index tracking_exception_open on shipments.tracking_exception (shipment_id, rule_id)
    where resolved_at is null;
create index tracking_exception_open_by_workspace on shipments.tracking_exception (workspace_id, raised_at desc)
    where resolved_at is null;
create index tracking_exception_by_shipment on shipments.tracking_exception (shipment_id, raised_at desc);
