create schema if not exists hiring;

-- A job post: what the work is (work types and their SOPs), whom it needs (languages, overlap hours in the
-- workspace's zone, hours a week), what it pays at most, on which contract and trial, until when bids are taken.
create table hiring.job_post (
    id                 uuid primary key,
    workspace_id       uuid not null,
    -- the public page's address: /jobs/{public_key} (random, not guessable; no sign-in)
    public_key         text not null unique check (public_key ~ '^[A-Za-z0-9_-]{16,64}$'),
    -- the language the post is written in and its public page speaks
    language           text not null check (language in ('da', 'de', 'en')),
    title              text not null check (length(title) between 1 and 200),
    description        text not null default '' check (length(description) <= 20000),
    -- work types (work.sop.type and 'email') the job is about: the post shows their SOPs' titles
    work_types         text[] not null default '{}',
    -- languages the assistant must write (ISO 639-1)
    languages          text[] not null default '{}',
    overlap_start      time,
    overlap_end        time,
    hours_per_week     int check (hours_per_week between 1 and 80),
    max_rate           numeric(12, 2) not null check (max_rate > 0 and max_rate <= 1000000),
    currency           text not null check (currency in ('DKK', 'EUR', 'USD', 'GBP')),
    contract_kind      text not null check (contract_kind in ('HOURLY', 'PER_TASK', 'RETAINER')),
    trial_days         int not null default 30 check (trial_days between 0 and 365),
    -- trial targets: a first-response time in minutes and free text (e.g. "no fact edited in drafts")
    target_first_response_minutes int check (target_first_response_minutes between 1 and 10080),
    target_items_per_week int check (target_items_per_week between 1 and 10000),
    trial_targets      text not null default '' check (length(trial_targets) <= 2000),
    -- the scopes the hired assistant's grant gets (access's kind:key, e.g. customer:Carlsberg); none: all
    scopes             text[] not null default '{}',
    -- the work-sample task the bidder answers with the bid (empty: none)
    sample_task        text not null default '' check (length(sample_task) <= 20000),
    -- the criteria reviewers score 1-5
    criteria           text[] not null default '{}',
    closes_on          date,
    status             text not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    opened_at          timestamptz,
    closed_at          timestamptz,
    created_by         uuid not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null,
    check ((overlap_start is null) = (overlap_end is null))
);
create index job_post_by_workspace on hiring.job_post (workspace_id, status, created_at desc);

-- A bid by anyone with an e-mail address (no account until hired).
create table hiring.bid (
    id                 uuid primary key,
    post_id            uuid not null references hiring.job_post (id),
    workspace_id       uuid not null,
    email              text not null check (length(email) between 3 and 254),
    name               text not null check (length(name) between 1 and 120),
    rate               numeric(12, 2) not null check (rate > 0 and rate <= 1000000),
    currency           text not null check (currency in ('DKK', 'EUR', 'USD', 'GBP')),
    -- flagged, not refused: the rate was above the post's maximum when the bid came in
    above_max          boolean not null,
    time_zone          text not null check (length(time_zone) between 1 and 60),
    -- the bidder's working week in their zone, written as workspace.WorkingPeriod does ("mon-fri 08:00-16:00")
    availability       text not null check (length(availability) between 1 and 500),
    hours_per_week     int check (hours_per_week between 1 and 80),
    languages          text[] not null default '{}',
    -- the language the bidder used the public page in: their e-mails are written in it
    language           text not null check (language in ('da', 'de', 'en')),
    cover_note         text not null default '' check (length(cover_note) <= 10000),
    -- the answers to the post's work-sample task
    sample_answer      text not null default '' check (length(sample_answer) <= 20000),
    stage              text not null check (stage in ('NEW', 'SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED', 'DECLINED', 'WITHDRAWN')),
    decline_reason     text check (length(decline_reason) <= 1000),
    -- the bid's own link (withdraw, pick an interview slot) is /bids/{id}?key=…: a shared.SecretToken, of
    -- which only the hex SHA-256 digest is kept
    link_digest        text not null unique,
    submitted_at       timestamptz not null,
    stage_changed_at   timestamptz not null,
    version            bigint not null
);
create unique index bid_one_live_per_address on hiring.bid (post_id, lower(email)) where stage <> 'WITHDRAWN';
create index bid_by_post on hiring.bid (post_id, submitted_at);
create index bid_by_workspace on hiring.bid (workspace_id, stage);

-- Samples of work: files stored (encrypted, checked) through the documents module.
create table hiring.bid_sample (
    bid_id             uuid not null references hiring.bid (id),
    document_id        uuid not null,
    position           int not null,
    primary key (bid_id, document_id)
);

-- Every stage change of a bid, with who made it and why.
create table hiring.bid_stage_change (
    id                 bigint generated always as identity primary key,
    bid_id             uuid not null references hiring.bid (id),
    from_stage         text,
    to_stage           text not null,
    reason             text check (length(reason) <= 1000),
    actor_member_id    uuid,
    at                 timestamptz not null
);
create index bid_stage_change_by_bid on hiring.bid_stage_change (bid_id, at);

-- Throttling of the public bid form: attempts per address hash and per source address hash.
create table hiring.bid_attempt (
    id                 bigint generated always as identity primary key,
    -- hex SHA-256 of 'email:' plus the lower-cased address, or of 'ip:' plus the source address
    key_digest         text not null,
    at                 timestamptz not null
);
create index bid_attempt_by_key on hiring.bid_attempt (key_digest, at);
