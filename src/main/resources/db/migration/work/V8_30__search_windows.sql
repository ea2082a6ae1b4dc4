-- Search reads a workspace's items newest first, one time window after the other (SearchWindows): the window's
-- items of the caller's workspaces come from this index, intersected with the words' GIN index. It replaces the
-- recency index over every workspace, which only a row-by-row walk could use.
create index item_search_window on work.item (workspace_id, last_activity_at);
drop index work.item_recent;
