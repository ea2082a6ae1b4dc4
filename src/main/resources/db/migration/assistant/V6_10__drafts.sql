-- The assistant's schema (the triage migration creates it too; whichever runs first wins).
create schema if not exists assistant;

-- A reply draft, composed once per received message (the unique index makes a second request, or two at once, read
-- the first). facts: the facts the text states with their spans ([{kind, value, source, start, end}]); sources: every
-- fact gathered for it (what the verifier checked against); attachments: document ids (a POD); reason: why a person
-- must decide ({key, args} of the bundles), null when ready.
create table assistant.draft (
    id              uuid primary key,
    workspace_id    uuid not null,
    message_id      uuid not null,
    conversation_id uuid,
    status          text not null check (status in ('ready', 'needs_human')),
    reason          jsonb,
    language        text not null,
    intent          text not null,
    text            text not null,
    facts           jsonb not null default '[]',
    sources         jsonb not null default '[]',
    attachments     jsonb not null default '[]',
    created_at      timestamptz not null,
    unique (workspace_id, message_id)
);

-- What became of a draft: approved as is, edited, or rejected with a reason. edit_distance is the Levenshtein distance
-- in characters from the draft to the sent text, edit_share that distance as a share of the draft's length;
-- fact_edited: a fact of the draft is no longer in the sent text, or the verifier found something unbacked in it;
-- seconds_to_send: from the item first opened to sent. One row per draft: a retried record replaces it.
create table assistant.draft_outcome (
    draft_id        uuid primary key references assistant.draft (id) on delete cascade,
    workspace_id    uuid not null,
    decision        text not null check (decision in ('approved', 'edited', 'rejected')),
    sent_text       text,
    reason          text,
    edit_distance   int,
    edit_share      numeric(7, 4),
    fact_edited     boolean not null default false,
    unbacked        jsonb not null default '[]',
    first_opened_at timestamptz,
    seconds_to_send bigint,
    decided_at      timestamptz not null,
    member_id       uuid not null
);
create index draft_outcome_by_workspace on assistant.draft_outcome (workspace_id, decided_at desc);

-- A workspace's assistant settings: the tone of Danish and German drafts and notices (informal du, formal De/Sie; Danish
-- business mail says du, German Sie), the sign-off (null: the language's default and the workspace's name), and
-- whether delay notices wait for approval or go out at once.
create table assistant.settings (
    workspace_id  uuid primary key,
    tone_da       text not null default 'informal' check (tone_da in ('informal', 'formal')),
    tone_de       text not null default 'formal' check (tone_de in ('informal', 'formal')),
    sign_off      text check (length(sign_off) <= 500),
    notice_policy text not null default 'approval' check (notice_policy in ('approval', 'automatic')),
    updated_by    text not null,
    updated_at    timestamptz not null
);

-- A customer delay notice, one per tracking exception (the unique index makes a redelivered event a no-op).
-- status: pending (waits for a person), sent, rejected. reason: why it cannot go out as it is ({key, args}), e.g.
-- something unbacked or no contact address. conversation_id: the conversation the sent notice started (filed under the
-- customer).
create table assistant.delay_notice (
    id              uuid primary key,
    workspace_id    uuid not null,
    exception_id    uuid not null,
    shipment_id     uuid not null,
    shipment_number text not null,
    customer_id     uuid,
    customer_name   text,
    language        text not null,
    recipient       text,
    subject         text not null,
    text            text not null,
    facts           jsonb not null default '[]',
    sources         jsonb not null default '[]',
    status          text not null check (status in ('pending', 'sent', 'rejected')),
    reason          jsonb,
    reject_reason   text,
    decided_by      text,
    decided_at      timestamptz,
    conversation_id uuid,
    created_at      timestamptz not null,
    unique (workspace_id, exception_id)
);
create index delay_notice_by_status on assistant.delay_notice (workspace_id, status, created_at desc);
