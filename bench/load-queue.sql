-- Bench data: 3 more workspaces next to the demo's 2, agents up to 200 members in all, and :scale work items
-- spread over the 5 workspaces (one in six still open), with SLA state as the application keeps it.
insert into workspace.workspace (id, slug, name, time_zone, country, subdivision, default_language, nda_text, nda_version, created_at, version)
select gen_random_uuid(), 'bench-' || g, 'Bench ' || g || ' A/S', 'Europe/Copenhagen', 'DK', null, 'da', '', 1, now(), 0
from generate_series(1, 3) g;

insert into workspace.member (id, workspace_id, person_id, kind, display_name, time_zone, status, joined_at, version)
select gen_random_uuid(), w.id, null, 'AGENT', 'Bench agent ' || g, 'Europe/Copenhagen', 'ACTIVE', now(), 0
from generate_series(1, 200 - (select count(*) from workspace.member)) g
join lateral (select id from workspace.workspace order by id offset (g % 5) limit 1) w on true;

insert into access.member_grant (id, workspace_id, member_id, role, valid_from, created_at, version)
select gen_random_uuid(), m.workspace_id, m.id, 'AGENT', now(), now(), 0
from workspace.member m where not exists (select 1 from access.member_grant g where g.member_id = m.id);

create temp table ws as select id, row_number() over (order by slug) - 1 as n from workspace.workspace;
create temp table mem as select id, workspace_id, display_name, row_number() over (partition by workspace_id order by id) - 1 as n,
  count(*) over (partition by workspace_id) as of from workspace.member;

-- The SLA clock is written as the application writes it (jsonb, ISO-8601 instants): one resolution target.
insert into work.item (id, workspace_id, type, title, status, priority, assignee_id, assignee_name, tags, customer,
  customer_name, source, sla, next_due, sla_paused, warned, breached, urgency, created_at, updated_at, last_activity_at)
select id, workspace_id, type, title, status, priority, assignee_id, assignee_name, tags, customer, customer_name, 'EMAIL',
  jsonb_build_object('pausedAt', null, 'warnShare', 0.8, 'tracks', jsonb_build_object('RESOLUTION', jsonb_build_object(
    'start', to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'targetSeconds', 28800,
    'pausedSeconds', 0, 'warnAt', to_char((next_due - interval '96 minutes') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'due', to_char(next_due at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'metAt', null,
    'warned', warned, 'breached', breached))),
  next_due, paused, warned, breached,
  -- the urgency key as WorkItem.urgency() writes it (V4_20)
  case when status in ('RESOLVED', 'CLOSED') or paused then null else next_due - case priority
    when 'URGENT' then interval '4 hours' when 'HIGH' then interval '1 hour' when 'LOW' then interval '-4 hours'
    else interval '0' end end,
  created_at, now(), last_activity_at
from (
  select gen_random_uuid() as id, ws.id as workspace_id,
    (array['email','travel','data-entry','bookkeeping','phone-call','appointment'])[1 + g % 6] as type,
    'Where is shipment ' || (100000 + g) || '?' as title,
    case when g % 6 = 0 then (array['NEW','OPEN','WAITING_ON_CUSTOMER','WAITING_ON_THIRD_PARTY'])[1 + (g / 6) % 4]
         else (array['RESOLVED','CLOSED'])[1 + g % 2] end as status,
    (array['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 5] as priority,
    case when g % 3 = 0 then null else mem.id end as assignee_id,
    case when g % 3 = 0 then null else mem.display_name end as assignee_name,
    array['tracking'] || case when g % 7 = 0 then array['vip'] else array[]::text[] end as tags,
    'C' || (g % 500) as customer, 'Customer ' || (g % 500) as customer_name,
    date_trunc('second', now()) + ((g % 4320) - 720) * interval '1 minute' as next_due,
    g % 6 = 0 and (g / 6) % 4 >= 2 as paused,
    (g % 4320) < 900 as warned, (g % 4320) < 720 as breached,
    date_trunc('second', now()) - (g % 10000) * interval '1 minute' as created_at,
    now() - (g % 5000) * interval '1 minute' as last_activity_at
  from generate_series(1, :scale) g
  join ws on ws.n = g % 5
  join mem on mem.workspace_id = ws.id and mem.n = (g / 5) % mem.of
) items;
analyze;
