-- "references" is an SQL keyword: the schema's name is always quoted.
create schema if not exists "references";

-- A workspace's own form of order, invoice, booking and bill-of-lading numbers. regex is a Java regular
-- expression checked when saved (compiles, bounded, matches its example, no catastrophic backtracking).
create table "references".pattern (
    id           uuid primary key,
    workspace_id uuid not null,
    name         text not null check (name ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    type         text not null check (type in ('ORDER', 'INVOICE', 'BOOKING', 'BILL_OF_LADING')),
    regex        text not null check (length(regex) between 1 and 200),
    example      text not null check (length(example) between 1 and 64),
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create unique index pattern_name on "references".pattern (workspace_id, name);

-- Every reference typed or imported, with who or what entered it and whether it was valid; a correction is a new
-- entry naming the one it corrects. The documentation error rate is computed from these rows. Written in bulk by
-- the ingest (one multi-row insert per batch), so no foreign keys beyond the correction link and few indexes.
create table "references".entry (
    id           uuid primary key,
    workspace_id uuid not null,
    type         text not null,
    value        text not null check (length(value) between 1 and 200),
    valid        boolean not null,
    entered_by   text not null check (length(entered_by) between 1 and 200),
    subject_type text not null check (length(subject_type) between 1 and 50),
    subject_id   uuid not null,
    corrects     uuid references "references".entry (id) on delete set null,
    recorded_at  timestamptz not null
);
create index entry_subject on "references".entry (subject_id);
create index entry_recorded on "references".entry (workspace_id, recorded_at);
