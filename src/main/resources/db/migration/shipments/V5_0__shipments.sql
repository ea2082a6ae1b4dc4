create schema if not exists shipments;

-- A customer's order: the lines the goods are. customer_id names a party of the parties module (no foreign key
-- across schemas).
create table shipments.orders (
    id           uuid primary key,
    workspace_id uuid not null,
    number       text not null check (length(number) between 1 and 100),
    customer_id  uuid,
    created_at   timestamptz not null
);
create unique index orders_number on shipments.orders (workspace_id, number);

create table shipments.order_line (
    order_id    uuid not null references shipments.orders (id) on delete cascade,
    line_no     int not null check (line_no > 0),
    sku         text not null check (length(sku) between 1 and 100),
    description text not null default '',
    quantity    numeric(14, 3) not null check (quantity > 0),
    unit        text not null default 'pcs',
    primary key (order_id, line_no)
);

-- A shipment. status/status_at/last_* and eta are derived from its events by the ingest (never typed in), so the
-- dashboard reads one row per shipment. number is the workspace's running number shown to people (S-1042).
create table shipments.shipment (
    id                 uuid primary key,
    workspace_id       uuid not null,
    number             bigint not null,
    mode               text check (mode in ('road', 'ocean', 'air', 'parcel', 'rail')),
    customer_id        uuid,
    carrier_id         uuid,
    -- the carrier as the events name it (SCAC, IATA prefix, "DHL") while no carrier party is linked
    carrier_code       text,
    order_id           uuid references shipments.orders (id) on delete set null,
    origin_unlocode    text,
    origin_name        text,
    destination_unlocode text,
    destination_name   text,
    promised_delivery  timestamptz,
    eta                timestamptz,
    -- where the ETA came from: an event's source ("dcsa", "carrier-dhl", "manual")
    eta_source         text,
    status             text not null default 'booked',
    status_at          timestamptz,
    last_event_at      timestamptz,
    last_location      text,
    delivered_at       timestamptz,
    created_by_import  boolean not null default false,
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create unique index shipment_number on shipments.shipment (workspace_id, number);
create index shipment_status on shipments.shipment (workspace_id, status, eta);
create index shipment_customer on shipments.shipment (workspace_id, customer_id);

-- Every reference a shipment is known by, normalised (upper case, no spaces or hyphens). A reference belongs to
-- one shipment per workspace and type: that is how events are matched to shipments.
create table shipments.shipment_reference (
    shipment_id  uuid not null references shipments.shipment (id) on delete cascade,
    workspace_id uuid not null,
    type         text not null,
    value        text not null,
    -- as first written (with its spaces and hyphens)
    written      text not null,
    valid        boolean not null,
    primary key (shipment_id, type, value)
);
create unique index shipment_reference_value on shipments.shipment_reference (workspace_id, value, type);

-- Planned milestones (a planned event, or typed in when the shipment was booked).
create table shipments.milestone (
    shipment_id   uuid not null references shipments.shipment (id) on delete cascade,
    status        text not null,
    location      text not null default '',
    planned_at    timestamptz not null,
    primary key (shipment_id, status, location)
);

-- A file (or webhook body) of events and what became of it. The content is kept as sent.
create table shipments.import_file (
    id           uuid primary key,
    workspace_id uuid not null,
    file_name    text not null,
    format       text not null,
    source       text not null,
    content      bytea not null,
    outcome      jsonb,
    created_by   text not null,
    created_at   timestamptz not null
);
create index import_file_recent on shipments.import_file (workspace_id, created_at desc);

-- Tracking events. One row per event, identified by (source, external_id) when the source gives an id, else by the
-- digest of its normalised content: a second delivery is found by either and never stored twice. An event resent
-- with the same id and other content replaces the row's values and bumps revision (the earlier values go to
-- event_revision).
create table shipments.tracking_event (
    id              uuid primary key,
    workspace_id    uuid not null,
    shipment_id     uuid not null references shipments.shipment (id) on delete cascade,
    source          text not null,
    external_id     text,
    digest          text not null,
    status          text not null,
    classifier      text not null check (classifier in ('actual', 'estimated', 'planned')),
    carrier_code    text not null,
    carrier_reason  text,
    event_time      timestamptz not null,
    zone_used       text,
    location_unlocode text,
    location_name   text,
    refs            jsonb not null default '[]',
    details         jsonb not null default '{}',
    flagged         text,
    raw             text not null,
    received_at     timestamptz not null,
    import_id       uuid,
    revision        int not null default 1,
    retracted_at    timestamptz,
    retracted_by    text
);
create unique index tracking_event_external on shipments.tracking_event (workspace_id, source, external_id)
    where external_id is not null;
create unique index tracking_event_digest on shipments.tracking_event (workspace_id, digest);
create index tracking_event_timeline on shipments.tracking_event (shipment_id, event_time);

create table shipments.event_revision (
    event_id     uuid not null references shipments.tracking_event (id) on delete cascade,
    revision     int not null,
    replaced_at  timestamptz not null,
    status       text not null,
    classifier   text not null,
    event_time   timestamptz not null,
    raw          text not null,
    primary key (event_id, revision)
);
