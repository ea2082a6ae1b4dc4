-- The customer or carrier an item is about (a party of the parties module, by id) and a copy of its name, so the
-- queue shows it without a query into another module's schema. The index serves the queue's party filter (a few
-- parties' items, then sorted) and the party page's open and recent items.
alter table work.item add column party_id uuid;
alter table work.item add column party_name text;
create index item_by_party on work.item (party_id, last_activity_at desc) where party_id is not null;
