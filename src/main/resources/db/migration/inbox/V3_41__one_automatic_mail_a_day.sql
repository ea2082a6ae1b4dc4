-- At most one automatic message per conversation per day (UTC), so two automatic systems answering each other — an
-- out-of-office without the standard headers, say — cannot keep a loop going. The queueing insert is conditional on
-- this index ("on conflict do nothing"), which makes the rule hold under concurrent queueing too. Existing rows: the
-- first automatic message of each conversation and day takes the day, later ones keep null (history, not a rule).
alter table inbox.outgoing add column automatic_day date;

update inbox.outgoing o set automatic_day = (o.created_at at time zone 'UTC')::date
where o.automatic and o.conversation_id is not null and o.id = (
    select first.id from inbox.outgoing first
    where first.automatic and first.conversation_id = o.conversation_id
      and (first.created_at at time zone 'UTC')::date = (o.created_at at time zone 'UTC')::date
    order by first.created_at, first.id limit 1);

create unique index outgoing_one_automatic_a_day on inbox.outgoing (conversation_id, automatic_day)
    where automatic_day is not null;
