create schema if not exists timesheets;

-- One entry of worked time: a running timer (ended_at null) or a finished span. What the
-- work item was (reference, title, type, party) is kept as it was when the time was
-- recorded, so reports and invoices need no other module's tables.
create table timesheets.time_entry (
    id              uuid primary key,
    workspace_id    uuid not null,
    member_id       uuid not null,
    person_id       uuid,
    work_item_id    uuid,
    item_reference  text,
    item_title      text,
    work_type       text,
    party_id        uuid,
    party_name      text,
    started_at      timestamptz not null,
    ended_at        timestamptz,
    -- the Monday of the week (in the member's time zone) the entry starts in
    week_start      date not null check (extract(isodow from week_start) = 1),
    billable        boolean not null default true,
    note            text not null default '' check (length(note) <= 2000),
    source          text not null check (source in ('TIMER', 'MANUAL')),
    -- a timer left running past the end of the day: flagged at the next sign-in, not billed until confirmed
    needs_review    boolean not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null,
    check (ended_at is null or ended_at > started_at)
);
create unique index time_entry_one_running_timer on timesheets.time_entry (person_id) where ended_at is null;
create index time_entry_by_member_week on timesheets.time_entry (workspace_id, member_id, week_start);
create index time_entry_by_item on timesheets.time_entry (work_item_id) where work_item_id is not null;

-- A member's week in a workspace; entries of a SUBMITTED or APPROVED week are locked.
create table timesheets.timesheet (
    workspace_id    uuid not null,
    member_id       uuid not null,
    week_start      date not null check (extract(isodow from week_start) = 1),
    status          text not null check (status in ('OPEN', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    submitted_at    timestamptz,
    decided_by      uuid,
    decided_at      timestamptz,
    comment         text not null default '' check (length(comment) <= 2000),
    version         bigint not null,
    primary key (workspace_id, member_id, week_start)
);
create index timesheet_by_status on timesheets.timesheet (workspace_id, status, week_start);
