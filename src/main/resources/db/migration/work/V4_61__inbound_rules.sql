-- Inbound rules per workspace, applied in position order to each work item created from an e-mail. Conditions and
-- actions are typed JSON lists ([{"kind": "SENDER_DOMAIN", "value": "dsv.example"}, ...]) so a new kind (a party)
-- is one more variant, not a new column.
create table work.inbound_rule (
    id              uuid primary key,
    workspace_id    uuid not null,
    position        int not null,
    name            text not null,
    enabled         boolean not null,
    stop_processing boolean not null,
    conditions      jsonb not null,
    actions         jsonb not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);

create index inbound_rule_by_workspace on work.inbound_rule (workspace_id, position);
