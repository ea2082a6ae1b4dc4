-- The owner who offered the contract: when the assistant's acceptance of the clauses activates it, the
-- access grant is extended with that owner's authority (an assistant may not change their own grant).
alter table billing.contract add column created_by uuid;
