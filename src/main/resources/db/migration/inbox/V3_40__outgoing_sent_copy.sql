-- SENT now means "accepted by the SMTP server": it is committed right after the SMTP transaction, before any IMAP
-- work, so a crash afterwards can no longer send the message a second time. Copying it to the mailbox's Sent
-- folder is a step of its own that is retried with back-off and never sends over SMTP: copy_due_at says when to try
-- (null once copied or given up), copied_at when the copy was found or appended, copy_error why it last failed.
alter table inbox.outgoing
    add column copy_due_at   timestamptz,
    add column copy_attempts int not null default 0,
    add column copied_at     timestamptz,
    add column copy_error    text;

create index outgoing_copy_due on inbox.outgoing (copy_due_at) where copy_due_at is not null;
