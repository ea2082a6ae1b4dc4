-- A hire: a bid taken on, with the terms it was hired on and what was handed over to access (the invitation)
-- and billing (the contract, once the assistant has an issuer profile).
create table hiring.hire (
    id                 uuid primary key,
    workspace_id       uuid not null,
    bid_id             uuid not null unique references hiring.bid (id),
    post_id            uuid not null references hiring.job_post (id),
    email              text not null,
    name               text not null,
    contract_kind      text not null check (contract_kind in ('HOURLY', 'PER_TASK', 'RETAINER')),
    rate               numeric(12, 2) not null,
    currency           text not null,
    -- the trial's last day in the workspace's zone (the grant ends at the end of it); null once converted
    -- without an end
    trial_ends_on      date,
    -- the first trial end, kept for the record
    first_trial_ends_on date,
    scopes             text[] not null default '{}',
    invitation_id      uuid,
    hired_by           uuid not null,
    hired_at           timestamptz not null,
    -- set when the invited person joined (workspace.MemberJoined)
    member_id          uuid,
    joined_at          timestamptz,
    contract_id        uuid,
    -- TRIAL, then CONVERTED (kept on) or ENDED
    status             text not null check (status in ('TRIAL', 'CONVERTED', 'ENDED')),
    decided_at         timestamptz,
    decided_by         uuid,
    trial_notice_for   date
);
create index hire_by_workspace on hiring.hire (workspace_id, hired_at desc);
create index hire_open_by_email on hiring.hire (workspace_id, lower(email)) where member_id is null;
create unique index hire_one_per_member on hiring.hire (member_id) where member_id is not null;

-- The workspace's onboarding checklist: ordered steps, each a kind with a parameter, due some days after the start.
create table hiring.onboarding_template_step (
    workspace_id       uuid not null,
    position           int not null check (position between 0 and 49),
    kind               text not null check (kind in ('NDA', 'CLAUSES', 'INVOICING', 'TWO_FACTOR', 'READ_SOPS',
                                                     'MAILBOX', 'SHADOW', 'REVIEW', 'CUSTOM')),
    -- SHADOW: how many items; CUSTOM: the text; else empty
    param              text not null default '' check (length(param) <= 500),
    days_due           int not null check (days_due between 0 and 365),
    primary key (workspace_id, position)
);

-- A hired assistant's onboarding: the template's steps copied at the start.
create table hiring.onboarding_step (
    hire_id            uuid not null references hiring.hire (id),
    position           int not null,
    kind               text not null,
    param              text not null default '',
    due_on             date not null,
    done_at            timestamptz,
    -- the member who ticked it; null when it completed from the real state
    done_by            uuid,
    primary key (hire_id, position)
);

-- SOPs the assistant marked as read (per SOP version).
create table hiring.sop_read (
    hire_id            uuid not null references hiring.hire (id),
    sop_id             uuid not null,
    sop_type           text not null,
    sop_version        int not null,
    read_at            timestamptz not null,
    primary key (hire_id, sop_id)
);

-- One work item per overdue onboarding step: the sweep's idempotency key.
create table hiring.onboarding_escalation (
    hire_id            uuid not null references hiring.hire (id),
    position           int not null,
    work_item_id       uuid,
    created_at         timestamptz not null,
    primary key (hire_id, position)
);
