-- Why the last attempt to send failed, as a text of the message bundles (key and arguments), so the item shows it
-- in the reader's language; last_error keeps the English for the API and logs.
alter table inbox.outgoing add column last_reason jsonb;
