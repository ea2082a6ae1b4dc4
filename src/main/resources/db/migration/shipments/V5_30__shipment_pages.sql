-- Documents attached to a shipment on its page (a POD, a delivery note). The document itself is the documents
-- module's (filed under the customer's scope); this only says which shipment it belongs to.
create table shipments.shipment_document (
    shipment_id  uuid not null references shipments.shipment (id) on delete cascade,
    document_id  uuid not null,
    kind         text not null default 'pod' check (kind in ('pod', 'other')),
    attached_by  text not null,
    attached_at  timestamptz not null,
    primary key (shipment_id, document_id)
);

-- A CSV column mapping chosen once in the import page for a source (a partner's feed), offered again for the next
-- file from that source: columns maps each header as the file writes it to a field of the CSV format.
create table shipments.csv_mapping (
    workspace_id uuid not null,
    source       text not null check (length(source) between 1 and 100),
    columns      jsonb not null,
    updated_by   text not null,
    updated_at   timestamptz not null,
    primary key (workspace_id, source)
);
