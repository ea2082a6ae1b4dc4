-- The last shipment number given per workspace: an import takes a block of numbers in one statement.
create table shipments.shipment_counter (
    workspace_id uuid primary key,
    last         bigint not null
);

-- The workspace's tracking webhook secret, sealed (AES-GCM under a key derived from the documents key, the
-- workspace id as associated data): carriers sign their pushes with it, so Deskhand must be able to read it back,
-- but a copy of the database alone does not reveal it.
create table shipments.tracking_webhook (
    workspace_id uuid primary key,
    sealed       bytea not null,
    created_at   timestamptz not null
);

-- Signatures already accepted, kept while their timestamp is within the replay window: the same signature twice is
-- a replay and refused.
create table shipments.webhook_signature_seen (
    workspace_id uuid not null,
    signature    text not null,
    signed_at    timestamptz not null,
    primary key (workspace_id, signature)
);

create index tracking_event_shipment_refs on shipments.shipment_reference (shipment_id);
