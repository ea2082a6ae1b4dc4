-- Why the last fetch failed as a text of the message bundles ({"key": …, "args": [...]}), so the mailboxes page says
-- it in the reader's language; last_fetch_error keeps the English words for the API and logs.
alter table inbox.mailbox add column last_fetch_reason jsonb;
