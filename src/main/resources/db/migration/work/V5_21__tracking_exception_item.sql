-- The work item of each tracking exception (an id of the shipments module), so its event creates one item however
-- often it is delivered, and its resolution finds the item. A resolution handled before the raise (the events of two
-- transactions may be delivered out of order) leaves a row with resolved_at and no item: the raise then creates none.
create table work.tracking_exception_item (
    exception_id uuid primary key,
    item_id      uuid references work.item (id),
    resolved_at  timestamptz
);
