-- Search reads a mailbox's history newest first, one time window after the other (SearchWindows): the window's
-- rows of the caller's mailboxes come from this index, intersected with the words' GIN index, so a common word
-- reads only the window's matches in those mailboxes and never the other workspaces' rows. It replaces the
-- recency index over every mailbox, which only a row-by-row walk could use.
create index message_search_window on inbox.message (mailbox_id, received_at);
drop index inbox.message_recent;

-- An attachment carries its message's mailbox and time, so its name is searched by the same windows; set as the
-- row is written (MessageStore copies them from the message, which never changes mailbox or time).
alter table inbox.attachment add column mailbox_id uuid, add column received_at timestamptz;
update inbox.attachment a set mailbox_id = m.mailbox_id, received_at = m.received_at
  from inbox.message m where m.id = a.message_id;
alter table inbox.attachment alter column mailbox_id set not null, alter column received_at set not null;
create index attachment_search_window on inbox.attachment (mailbox_id, received_at);
