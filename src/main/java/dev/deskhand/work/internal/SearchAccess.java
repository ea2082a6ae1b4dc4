package dev.deskhand.work.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.access.ScopeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The queue's visibility rule as an SQL condition on {@code work.item i} with named
 * parameters: every item of a workspace where the grant has no scopes, else only items
 * filed under one of its scopes (as {@link QueueQueries} and {@link ItemAccess#sees}).
 */
final class SearchAccess {

	private SearchAccess() {
	}

	static String visible(List<Membership> memberships, Map<String, Object> params) {
		List<UUID> whole = new ArrayList<>();
		List<UUID> scopedWs = new ArrayList<>();
		List<String> scopedKeys = new ArrayList<>();
		for (Membership m : memberships) {
			if (!m.scoped()) {
				whole.add(m.workspace().id().value());
			}
			else {
				for (ScopeRef s : m.grant().scopes()) {
					scopedWs.add(m.workspace().id().value());
					scopedKeys.add(s.toString());
				}
			}
		}
		List<String> visible = new ArrayList<>();
		if (!whole.isEmpty()) {
			visible.add("i.workspace_id = any(:wholeWorkspaces)");
			params.put("wholeWorkspaces", whole.toArray(UUID[]::new));
		}
		if (!scopedWs.isEmpty()) {
			visible.add(
					"(i.workspace_id, i.scope) in (select * from unnest(:scopedWorkspaces::uuid[], :scopedKeys::text[]))");
			params.put("scopedWorkspaces", scopedWs.toArray(UUID[]::new));
			params.put("scopedKeys", scopedKeys.toArray(String[]::new));
		}
		return visible.isEmpty() ? "false" : "(" + String.join(" or ", visible) + ")";
	}

}
