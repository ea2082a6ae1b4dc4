-- Invoices and credit notes. A draft has no number; issuing assigns the next number of the
-- issuer's gap-free sequence (invoice_counter, taken in the issuing transaction) and freezes
-- the document. Invoices and credit notes share the issuer's one sequence.
create table billing.invoice (
    id               uuid primary key,
    workspace_id     uuid not null,
    contract_id      uuid not null references billing.contract (id),
    member_id        uuid not null,
    issuer_id        uuid not null references billing.issuer_profile (id),
    kind             text not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    credits          uuid references billing.invoice (id),
    -- a credited invoice: its period may be drafted again
    credited         boolean not null default false,
    number           text,
    status           text not null check (status in ('DRAFT', 'ISSUED', 'SENT', 'PAID', 'OVERDUE')),
    currency         text not null check (currency in ('DKK', 'EUR', 'USD', 'GBP')),
    language         text not null check (language in ('da', 'de', 'en')),
    period_from      date not null,
    period_to        date not null,
    issue_date       date,
    due_date         date,
    net              numeric(14, 2) not null,
    vat_total        numeric(14, 2) not null,
    gross            numeric(14, 2) not null,
    -- the InvoiceDocument (lines, VAT, parties, time report): a draft's is recalculated until issued
    -- (number empty), an issued one never changes
    document         jsonb not null,
    pdf_document     uuid,
    csv_document     uuid,
    xml_document     uuid,
    created_at       timestamptz not null,
    issued_at        timestamptz,
    sent_at          timestamptz,
    paid_at          timestamptz,
    reminded_at      timestamptz,
    version          bigint not null,
    check (period_to >= period_from),
    check ((number is null) = (status = 'DRAFT')),
    check ((kind = 'CREDIT_NOTE') = (credits is not null))
);
create unique index invoice_number_per_issuer on billing.invoice (issuer_id, number) where number is not null;
create unique index invoice_one_per_period on billing.invoice (contract_id, period_from)
    where kind = 'INVOICE' and not credited;
create unique index invoice_one_credit_note on billing.invoice (credits) where kind = 'CREDIT_NOTE';
create index invoice_by_workspace on billing.invoice (workspace_id, created_at desc);
create index invoice_by_member on billing.invoice (member_id, created_at desc);
create index invoice_due on billing.invoice (due_date) where status in ('ISSUED', 'SENT');

-- The next number per issuer and year ("2026-0001"). Issuing updates the row in its own
-- transaction, which holds the row lock until commit: concurrent issues queue, and a rollback
-- takes the increment back with it, so no number is skipped or used twice.
create table billing.invoice_counter (
    issuer_id        uuid not null references billing.issuer_profile (id),
    year             int not null,
    next_number      bigint not null check (next_number > 0),
    primary key (issuer_id, year)
);
