create schema if not exists parties;

-- Customers and carriers. A name is unique per workspace whatever its case: it is the key of the customer: scope.
-- sla_policy_id names a policy of the work module (no foreign key across schemas).
create table parties.party (
    id            uuid primary key,
    workspace_id  uuid not null,
    kind          text not null check (kind in ('CUSTOMER', 'CARRIER')),
    name          text not null check (length(name) between 1 and 200),
    -- the name lower-cased by the application (Java's rules, so Æ/Ø/Å/Ä/Ö/Ü fold whatever the database's locale)
    name_key      text not null,
    language      text not null check (language in ('da', 'de', 'en')),
    account_refs  text[] not null default '{}',
    notes         text not null default '' check (length(notes) <= 5000),
    sla_policy_id uuid,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create unique index party_name on parties.party (workspace_id, name_key);
-- type-ahead by prefix; substring matches scan the workspace's parties (hundreds, not millions)
create index party_name_prefix on parties.party (workspace_id, name_key text_pattern_ops);

-- E-mail addresses are stored lower-cased and unique per workspace, so a sender belongs to one party.
create table parties.contact (
    id           uuid primary key,
    party_id     uuid not null references parties.party (id) on delete cascade,
    workspace_id uuid not null,
    name         text not null check (length(name) between 1 and 200),
    email        text check (length(email) between 3 and 320),
    phone        text check (length(phone) <= 50),
    language     text check (language in ('da', 'de', 'en')),
    created_at   timestamptz not null
);
create unique index contact_email on parties.contact (workspace_id, email) where email is not null;
create index contact_by_party on parties.contact (party_id, name);

create table parties.domain (
    workspace_id uuid not null,
    domain       text not null check (length(domain) between 3 and 253),
    party_id     uuid not null references parties.party (id) on delete cascade,
    primary key (workspace_id, domain)
);
create index domain_by_party on parties.domain (party_id);
