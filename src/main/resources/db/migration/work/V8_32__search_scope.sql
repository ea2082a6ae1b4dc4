-- A scoped member's search reads only the items filed under her scopes (SearchWindows, narrow): their rows of a
-- window come from this index, so her search never reads the rest of the workspace.
create index item_search_scope on work.item (workspace_id, scope, last_activity_at) where scope is not null;
