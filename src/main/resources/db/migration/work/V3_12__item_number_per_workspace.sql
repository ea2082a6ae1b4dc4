-- Work item references (W-n) count per workspace instead of from one sequence across all workspaces, which told
-- each tenant how much work the others have. Existing items keep their numbers; each workspace's counter starts
-- after its highest number. Taking a number locks the workspace's counter row until the item's transaction ends,
-- so concurrent creates in one workspace queue for it and never share a number.
create table work.item_counter (
    workspace_id uuid primary key,
    next_number  bigint not null check (next_number > 0)
);
insert into work.item_counter (workspace_id, next_number)
select workspace_id, max(number) + 1 from work.item group by workspace_id;

alter table work.item alter column number drop default;
drop sequence work.item_number_seq;
alter table work.item drop constraint item_number_key;
alter table work.item add constraint item_number_per_workspace unique (workspace_id, number);
