-- The customer or carrier a conversation is with (a party of the parties module, by id), matched on receipt by the
-- sender's address, then its domain. Members scoped to that customer read the conversation.
alter table inbox.conversation add column party_id uuid;
create index conversation_by_party on inbox.conversation (party_id, last_message_at desc) where party_id is not null;
