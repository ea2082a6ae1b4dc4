-- One reminder per member per week about their past weeks with time not yet submitted: the row is
-- inserted in the transaction that queues the mail, so of several instances only one sends it.
create table timesheets.reminder (
    workspace_id    uuid not null,
    member_id       uuid not null,
    -- the Monday of the week the reminder was sent in (not the weeks it is about)
    sent_week       date not null check (extract(isodow from sent_week) = 1),
    weeks           text not null,
    mailed          boolean not null,
    sent_at         timestamptz not null,
    primary key (workspace_id, member_id, sent_week)
);
