create schema if not exists work;

-- One row per work item. The SLA clock's state lives in sla (jsonb, written by the application only); the columns
-- next_due, next_check_at, sla_paused, warned and breached are copies of it that the queue sorts and the SLA watch
-- polls on. Members, workspaces and conversations belong to other modules and are referenced by id only; the
-- assignee's name is copied so the queue needs no query into another module's schema.
create table work.item (
    id                uuid primary key,
    workspace_id      uuid not null,
    number            bigserial not null unique,
    type              text not null check (length(type) between 1 and 60),
    title             text not null check (length(title) between 1 and 300),
    status            text not null check (status in ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'WAITING_ON_THIRD_PARTY',
                                                     'RESOLVED', 'CLOSED')),
    priority          text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    assignee_id       uuid,
    assignee_name     text,
    due               timestamptz,
    tags              text[] not null default '{}',
    links             text[] not null default '{}',
    customer          text,
    customer_name     text,
    customer_email    text,
    conversation_id   uuid,
    source            text not null check (source in ('EMAIL', 'MANUAL', 'RECURRING', 'EVENT')),
    scope             text,
    sla_policy_id     uuid,
    sla               jsonb not null default '{}',
    next_due          timestamptz,
    next_check_at     timestamptz,
    sla_paused        boolean not null default false,
    warned            boolean not null default false,
    breached          boolean not null default false,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    last_activity_at  timestamptz not null,
    version           bigint not null default 0,
    check ((assignee_id is null) = (assignee_name is null))
);
create unique index item_conversation on work.item (workspace_id, conversation_id) where conversation_id is not null;
-- The queue: open items of a workspace (and scope) in SLA urgency order, so a page is an index range scan.
create index item_queue on work.item (workspace_id, breached desc, next_due asc nulls last, id)
    where status not in ('RESOLVED', 'CLOSED');
create index item_queue_scope on work.item (workspace_id, scope, breached desc, next_due asc nulls last, id)
    where status not in ('RESOLVED', 'CLOSED');
create index item_assignee on work.item (assignee_id, breached desc, next_due asc nulls last, id)
    where status not in ('RESOLVED', 'CLOSED');
create index item_tags on work.item using gin (tags);
create index item_customer on work.item (workspace_id, customer);
create index item_sla_check on work.item (next_check_at) where next_check_at is not null;

-- Append-only: the application inserts and never updates or deletes. KPIs compute from it.
create table work.timeline (
    id         bigserial primary key,
    item_id    uuid not null references work.item (id),
    at         timestamptz not null,
    actor_id   uuid,
    actor_name text not null,
    kind       text not null,
    data       jsonb not null default '{}'
);
create index timeline_by_item on work.timeline (item_id, id);
create index timeline_viewed on work.timeline (item_id, actor_id, at desc) where kind = 'VIEWED';

create table work.sop (
    id                uuid primary key,
    workspace_id      uuid not null,
    type              text not null check (length(type) between 1 and 60),
    version           int not null check (version > 0),
    markdown          text not null,
    checklist         jsonb not null default '[]',
    require_checklist boolean not null,
    current           boolean not null,
    created_by        uuid not null,
    created_at        timestamptz not null,
    unique (workspace_id, type, version)
);
create unique index sop_current on work.sop (workspace_id, type) where current;

create table work.checklist_tick (
    item_id    uuid not null references work.item (id),
    sop_id     uuid not null references work.sop (id),
    position   int not null check (position >= 0),
    ticked_by  uuid not null,
    ticked_at  timestamptz not null,
    primary key (item_id, sop_id, position)
);

create table work.saved_reply (
    id           uuid primary key,
    workspace_id uuid not null,
    language     text not null check (language in ('da', 'de', 'en')),
    name         text not null check (length(name) between 1 and 100),
    body         text not null check (length(body) between 1 and 20000),
    created_at   timestamptz not null,
    unique (workspace_id, language, name)
);

create table work.sla_policy (
    id                 uuid primary key,
    workspace_id       uuid not null,
    position           int not null,
    name               text not null check (length(name) between 1 and 100),
    match_priority     text check (match_priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    match_type         text,
    first_response_min int check (first_response_min > 0),
    next_response_min  int check (next_response_min > 0),
    resolution_min     int check (resolution_min > 0),
    warn_share         numeric(3, 2) not null check (warn_share > 0 and warn_share < 1),
    created_at         timestamptz not null
);
create index sla_policy_by_workspace on work.sla_policy (workspace_id, position);

create table work.calendar (
    workspace_id uuid primary key,
    time_zone    text not null,
    weekly       text not null,
    country      text,
    subdivision  text,
    closed_days  date[] not null default '{}',
    updated_at   timestamptz not null
);

create table work.escalation_rule (
    id           uuid primary key,
    workspace_id uuid not null,
    trigger      text not null check (trigger in ('WARNING', 'BREACH')),
    target_kind  text not null check (target_kind in ('ROLE', 'MEMBER')),
    target_role  text check (target_role in ('OWNER', 'MANAGER', 'EMPLOYEE', 'ASSISTANT')),
    target_member uuid,
    channels     text[] not null,
    webhook_url  text,
    reassign     boolean not null,
    created_at   timestamptz not null,
    check ((target_kind = 'ROLE') = (target_role is not null)),
    check ((target_kind = 'MEMBER') = (target_member is not null))
);
create index escalation_rule_by_workspace on work.escalation_rule (workspace_id, trigger);

-- Once per item, rule, SLA target and recipient: inserted with "on conflict do nothing", whoever inserts fires.
create table work.escalation_fired (
    item_id    uuid not null references work.item (id),
    rule_id    uuid not null references work.escalation_rule (id),
    sla_target text not null,
    recipient  text not null,
    fired_at   timestamptz not null,
    primary key (item_id, rule_id, sla_target, recipient)
);

create table work.recurring_task (
    id           uuid primary key,
    workspace_id uuid not null,
    schedule     text not null,
    time_zone    text not null,
    type         text not null,
    title        text not null,
    priority     text not null,
    assignee_id  uuid,
    next_run_at  timestamptz not null,
    active       boolean not null,
    created_at   timestamptz not null
);
create index recurring_task_due on work.recurring_task (next_run_at) where active;

-- One item per occurrence: two instances may both try; the primary key lets one win.
create table work.occurrence (
    task_id       uuid not null references work.recurring_task (id),
    scheduled_for timestamptz not null,
    item_id       uuid,
    primary key (task_id, scheduled_for)
);

create table work.notification (
    id           bigserial primary key,
    workspace_id uuid not null,
    member_id    uuid not null,
    item_id      uuid not null,
    text         text not null,
    created_at   timestamptz not null,
    read_at      timestamptz
);
create index notification_unread on work.notification (member_id, id desc) where read_at is null;

-- Round-robin turns: who was assigned last, so the next item goes to whoever waited longest.
create table work.assignment_turn (
    workspace_id     uuid not null,
    member_id        uuid not null,
    last_assigned_at timestamptz not null,
    primary key (workspace_id, member_id)
);
