create schema if not exists billing;

-- Who issues invoices: an assistant in their own name, or their agency. One person may have
-- several (e.g. own name and agency); a contract names the one it bills through.
create table billing.issuer_profile (
    id               uuid primary key,
    person_id        uuid not null,
    kind             text not null check (kind in ('PERSON', 'AGENCY')),
    name             text not null check (length(name) between 1 and 200),
    address          text not null check (length(address) between 1 and 500),
    country          text not null check (country ~ '^[A-Z]{2}$'),
    vat_number       text check (length(vat_number) <= 40),
    tax_number       text check (length(tax_number) <= 40),
    -- STANDARD: charges the country's VAT (DK 25 %, DE 19 %); SMALL_BUSINESS: German § 19 UStG, no VAT;
    -- NONE: not registered for VAT (outside the EU)
    vat_scheme       text not null check (vat_scheme in ('STANDARD', 'SMALL_BUSINESS', 'NONE')),
    email            text not null check (length(email) between 3 and 254),
    phone            text check (length(phone) <= 40),
    bank_name        text check (length(bank_name) <= 120),
    iban             text check (length(iban) <= 34),
    bic              text check (length(bic) <= 11),
    logo             bytea check (octet_length(logo) <= 262144),
    logo_type        text check (logo_type in ('image/png', 'image/jpeg')),
    payment_days     int not null default 14 check (payment_days between 0 and 120),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint not null
);
create index issuer_profile_by_person on billing.issuer_profile (person_id);

-- The workspace's business as the recipient of invoices.
create table billing.client_profile (
    workspace_id     uuid primary key,
    legal_name       text not null check (length(legal_name) between 1 and 200),
    address          text not null check (length(address) between 1 and 500),
    country          text not null check (country ~ '^[A-Z]{2}$'),
    vat_number       text check (length(vat_number) <= 40),
    billing_email    text not null check (length(billing_email) between 3 and 254),
    -- the buyer's reference (Leitweg-ID for German public clients), printed and put in the e-invoice
    buyer_reference  text check (length(buyer_reference) <= 100),
    updated_at       timestamptz not null,
    version          bigint not null
);

create table billing.contract (
    id               uuid primary key,
    workspace_id     uuid not null,
    member_id        uuid not null,
    issuer_id        uuid not null references billing.issuer_profile (id),
    kind             text not null check (kind in ('HOURLY', 'PER_TASK', 'RETAINER')),
    currency         text not null check (currency in ('DKK', 'EUR', 'USD', 'GBP')),
    billing_period   text not null check (billing_period in ('WEEKLY', 'MONTHLY')),
    starts_on        date not null,
    ends_on          date,
    status           text not null check (status in ('DRAFT', 'ACTIVE', 'ENDED')),
    ended_at         timestamptz,
    end_reason       text check (length(end_reason) <= 500),
    trial_ends_on    date,
    trial_targets    text not null default '' check (length(trial_targets) <= 2000),
    -- RETAINER: hours included per billing period (billed over at the OVERAGE rate)
    retainer_hours   numeric(8, 2) check (retainer_hours is null or retainer_hours > 0),
    scope            text not null default '' check (length(scope) <= 4000),
    -- the access grant the contract gave; ending the contract ends it
    grant_id         uuid,
    created_at       timestamptz not null,
    version          bigint not null,
    check (ends_on is null or ends_on >= starts_on),
    check ((kind = 'RETAINER') = (retainer_hours is not null))
);
create unique index contract_one_live_per_member on billing.contract (workspace_id, member_id) where status <> 'ENDED';
create index contract_by_workspace on billing.contract (workspace_id, status);

-- Rates with effective dates: HOURLY (per hour), TASK (per resolved work item of work_type),
-- RETAINER (the fee per period), OVERAGE (per hour over the retainer's hours).
create table billing.contract_rate (
    contract_id      uuid not null references billing.contract (id),
    kind             text not null check (kind in ('HOURLY', 'TASK', 'RETAINER', 'OVERAGE')),
    work_type        text not null default '',
    effective_from   date not null,
    amount           numeric(12, 2) not null check (amount >= 0 and amount <= 1000000),
    created_at       timestamptz not null,
    primary key (contract_id, kind, work_type, effective_from),
    check ((kind = 'TASK') = (work_type <> ''))
);

-- Clauses the assistant accepted: which, in which version, when, by whom.
create table billing.contract_clause (
    contract_id      uuid not null references billing.contract (id),
    clause           text not null check (clause in ('NDA', 'IP_ASSIGNMENT', 'AUDIT_RIGHTS')),
    version          int not null check (version >= 1),
    accepted_at      timestamptz,
    accepted_by      uuid,
    primary key (contract_id, clause, version)
);
