-- Notifications of more kinds than escalations: a mention in a note names who wrote it and keeps an excerpt in text
-- (rendered in the reader's language when shown); an escalation's text stays the localised sentence it was.
alter table work.notification
    add column kind text not null default 'ESCALATION' check (kind in ('ESCALATION', 'MENTION')),
    add column actor_name text,
    -- e-mail: due at (created + the grouping window), done at (sent, or skipped: read first, turned off, no mailbox)
    add column email_due_at timestamptz,
    add column emailed_at timestamptz;
create index notification_recent on work.notification (member_id, id desc);
create index notification_email_due on work.notification (email_due_at) where email_due_at is not null and emailed_at is null;

-- A person's own choice, for every workspace: e-mail notifications on (no row) or off.
create table work.notification_setting (
    person_id  uuid primary key,
    email      boolean not null,
    updated_at timestamptz not null
);
