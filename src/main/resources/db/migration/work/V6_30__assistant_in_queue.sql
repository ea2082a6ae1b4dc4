-- What the assistant read from an item's e-mail (the latest triaged message of its conversation): the intent (an
-- assistant Intent code), the language (da, de, en or other), whether a person should classify it, and which message
-- that reading is of (an id of the inbox module). The queue filters on intent and language.
alter table work.item add column intent text check (intent is null or length(intent) between 1 and 40);
alter table work.item add column language text check (language is null or length(language) between 1 and 10);
alter table work.item add column needs_person boolean not null default false;
alter table work.item add column triaged_message uuid;
create index item_intent on work.item (workspace_id, intent) where intent is not null and status not in ('RESOLVED', 'CLOSED');
create index item_language on work.item (workspace_id, language) where language is not null and status not in ('RESOLVED', 'CLOSED');

-- Which work type an e-mail item gets from its intent, per workspace. Without a row the work module picks a default
-- (an existing work type whose name fits the intent, else "email"); a manager's choice is stored here.
create table work.intent_type (
    workspace_id uuid not null,
    intent       text not null check (length(intent) between 1 and 40),
    type         text not null check (length(type) between 1 and 60),
    primary key (workspace_id, intent)
);

-- The drafts offered on an item and what became of each (one decision per draft: approved, edited or rejected), so a
-- decision is recorded once however often the form is sent, and the item page knows which draft is still open.
create table work.item_draft (
    draft_id    uuid primary key,
    item_id     uuid not null references work.item (id),
    message_id  uuid not null,
    decision    text check (decision in ('approved', 'edited', 'rejected')),
    decided_by  uuid,
    decided_at  timestamptz
);
create index item_draft_by_item on work.item_draft (item_id);
