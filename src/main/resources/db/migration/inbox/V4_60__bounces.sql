-- Automatic mail by kind (AUTO_REPLY, BOUNCE, BULK), and bounces: what a received report says, and on the
-- message we sent (and its outbox row) when and why it came back.
alter table inbox.message add column automatic_kind text check (automatic_kind in ('AUTO_REPLY', 'BOUNCE', 'BULK'));
alter table inbox.message add column bounce_recipient text;
alter table inbox.message add column bounce_reason text;
alter table inbox.message add column bounced_at timestamptz;
alter table inbox.outgoing add column bounced_at timestamptz;
alter table inbox.outgoing add column bounce_reason text;
