create schema if not exists assistant;

-- What the assistant read from each received message: once per message (the listener and an on-demand triage
-- race on the primary key; the loser reads the winner's row). A person's correction of the intent or language is
-- kept next to the model's answer, with who and when, and wins when the triage is read.
create table assistant.triage (
    workspace_id       uuid not null,
    message_id         uuid not null,
    conversation_id    uuid,
    subject            text not null,
    language           text not null check (language in ('da', 'de', 'en', 'other')),
    intent             text not null,
    confidence         double precision not null check (confidence between 0 and 1),
    needs_person       boolean not null,
    urgent             boolean not null,
    "references"       jsonb not null,
    party_id           uuid,
    shipments          uuid[] not null,
    triaged_at         timestamptz not null,
    corrected_intent   text,
    corrected_language text check (corrected_language in ('da', 'de', 'en', 'other')),
    corrected_by       uuid,
    corrected_at       timestamptz,
    primary key (message_id)
);
create index triage_by_workspace on assistant.triage (workspace_id, triaged_at);

-- A person's label of a message, as training data for the workspace's own intent model: the subject and new text
-- as they were read, so the model can be rebuilt without the inbox. One label per message; a new one replaces it.
create table assistant.training_label (
    workspace_id uuid not null,
    message_id   uuid not null,
    subject      text not null,
    body         text not null,
    intent       text not null,
    language     text,
    labelled_by  uuid not null,
    labelled_at  timestamptz not null,
    primary key (message_id)
);
create index training_label_by_workspace on assistant.training_label (workspace_id, labelled_at);
