-- ACCEPTED: the SMTP server answered the message's DATA with 250 — committed with one update at that instant,
-- before QUIT and before the sent message is recorded in its conversation. A row found in ACCEPTED (a crash in
-- between) is never sent again: the sender only records it and marks it SENT.
alter table inbox.outgoing drop constraint outgoing_status_check;
alter table inbox.outgoing add constraint outgoing_status_check
    check (status in ('QUEUED', 'SENDING', 'ACCEPTED', 'SENT', 'FAILED'));
