-- Compose and forward (issue 8): the mailbox's signature, each person's from-name, and a
-- request key so a form sent twice (a double click, a retried API call) queues one e-mail.
alter table inbox.mailbox add column signature text not null default '' check (length(signature) <= 2000);
alter table inbox.signature add column from_name text not null default '' check (length(from_name) <= 200);
alter table inbox.outgoing add column request_key text;
create unique index outgoing_request_key on inbox.outgoing (workspace_id, request_key) where request_key is not null;
-- type-ahead over the workspace's previous correspondents
create index message_from_address on inbox.message (workspace_id, lower(from_address));
