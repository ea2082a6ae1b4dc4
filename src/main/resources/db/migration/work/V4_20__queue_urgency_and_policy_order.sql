-- The queue sorts by urgency, not by the bare next due: breached items first, then by the urgency key, the moment
-- the item needs doing: its next SLA due or its own due date, whichever is earlier (one day after creation when it
-- has neither), moved earlier by its priority's lead — urgent 4 h, high 1 h, normal 0, low 4 h later. Waiting items
-- (clock paused) and done ones have no key and sort last. The key does not depend on the time of the query, so the
-- queue stays an index range scan; the application writes it with every change of due, priority, status or clock.
alter table work.item add column urgency timestamptz;
update work.item set urgency = case when status in ('RESOLVED', 'CLOSED') or sla_paused then null
    else coalesce(least(next_due, due), created_at + interval '1 day') - case priority
        when 'URGENT' then interval '4 hours' when 'HIGH' then interval '1 hour'
        when 'LOW' then interval '-4 hours' else interval '0' end end;

drop index work.item_queue;
drop index work.item_queue_scope;
drop index work.item_assignee;
create index item_queue on work.item (workspace_id, breached desc, urgency asc nulls last, id)
    where status not in ('RESOLVED', 'CLOSED');
create index item_queue_scope on work.item (workspace_id, scope, breached desc, urgency asc nulls last, id)
    where status not in ('RESOLVED', 'CLOSED');
create index item_assignee on work.item (assignee_id, breached desc, urgency asc nulls last, id)
    where status not in ('RESOLVED', 'CLOSED');

-- SLA policies: a catch-all (no priority, no type) placed before others made them dead, since the first match wins.
-- Existing workspaces get their catch-alls moved after the specific policies, and positions become 1, 2, 3 …
update work.sla_policy p set position = o.n
from (select id, row_number() over (partition by workspace_id
        order by (match_priority is null and match_type is null), position, created_at) as n
      from work.sla_policy) o
where p.id = o.id;
