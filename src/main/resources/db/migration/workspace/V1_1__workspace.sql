create schema if not exists workspace;

create table workspace.workspace (
    id               uuid primary key,
    slug             text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name             text not null check (length(name) between 1 and 200),
    time_zone        text not null,
    country          text not null check (country ~ '^[A-Z]{2}$'),
    subdivision      text check (subdivision ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'),
    default_language text not null check (default_language in ('da', 'de', 'en')),
    nda_text         text not null default '',
    nda_version      int not null default 1,
    created_at       timestamptz not null,
    version          bigint not null
);

create table workspace.person (
    id            uuid primary key,
    email         text not null check (length(email) between 3 and 254),
    display_name  text not null check (length(display_name) between 1 and 120),
    password_hash text,
    language      text not null check (language in ('da', 'de', 'en')),
    time_zone     text not null,
    failed_logins int not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz not null,
    version       bigint not null
);
create unique index person_email_once on workspace.person (lower(email));

create table workspace.member (
    id            uuid primary key,
    workspace_id  uuid not null references workspace.workspace (id),
    person_id     uuid references workspace.person (id),
    kind          text not null check (kind in ('PERSON', 'AGENT')),
    display_name  text not null check (length(display_name) between 1 and 120),
    time_zone     text not null,
    overlap_start time,
    overlap_end   time,
    status        text not null check (status in ('ACTIVE', 'REMOVED')),
    joined_at     timestamptz not null,
    version       bigint not null,
    check ((kind = 'PERSON') = (person_id is not null)),
    check ((overlap_start is null) = (overlap_end is null))
);
create unique index member_person_once on workspace.member (workspace_id, person_id) where person_id is not null;
create index member_by_person on workspace.member (person_id);

create table workspace.working_period (
    member_id   uuid not null references workspace.member (id) on delete cascade,
    day_of_week int not null check (day_of_week between 1 and 7),
    starts      time not null,
    ends        time not null,
    check (ends > starts)
);
create index working_period_by_member on workspace.working_period (member_id);

create table workspace.invitation (
    id              uuid primary key,
    workspace_id    uuid not null references workspace.workspace (id),
    email           text not null check (length(email) between 3 and 254),
    role            text not null check (role in ('OWNER', 'MANAGER', 'EMPLOYEE', 'ASSISTANT', 'AGENT')),
    access_until    timestamptz,
    token_hash      text not null unique,
    invited_by      uuid not null references workspace.member (id),
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    accepted_member uuid references workspace.member (id),
    revoked_at      timestamptz,
    created_at      timestamptz not null,
    version         bigint not null
);
create index invitation_by_workspace on workspace.invitation (workspace_id, created_at desc);
