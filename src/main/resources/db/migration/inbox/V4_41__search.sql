-- Search (issue 8): every message and attachment name carries its words (Danish, German and English stems at once)
-- and its references, computed by PostgreSQL as the row is written, so no write path can forget them.
alter table inbox.message
    add column search tsvector generated always as
        (public.search_vector(array[subject, from_name, from_address, body_text])) stored,
    add column refs text generated always as (public.search_refs(subject || ' ' || body_text)) stored;
create index message_search on inbox.message using gin (search);
create index message_refs on inbox.message using gin (refs gin_trgm_ops);
-- Many matches: the newest first by this index, ranked among them (see ConversationSearch).
create index message_recent on inbox.message (received_at desc);

alter table inbox.attachment
    add column search tsvector generated always as (public.search_vector(array[name])) stored,
    add column refs text generated always as (public.search_refs(name)) stored;
create index attachment_search on inbox.attachment using gin (search);
create index attachment_refs on inbox.attachment using gin (refs gin_trgm_ops);
