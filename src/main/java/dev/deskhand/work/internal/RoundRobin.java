package dev.deskhand.work.internal;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantView;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Round-robin assignment: among active members with a live grant in one of the configured
 * roles, who are within their working hours now (in their own time zone) and whose grant
 * sees the item's scope, the one assigned longest ago (or never) gets it.
 */
@Component
public class RoundRobin {

	private final WorkspaceManagement workspaces;

	private final AccessManagement access;

	private final JdbcClient jdbc;

	private final WorkProperties properties;

	RoundRobin(WorkspaceManagement workspaces, AccessManagement access, JdbcClient jdbc, WorkProperties properties) {
		this.workspaces = workspaces;
		this.access = access;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * The member whose turn it is, recorded as assigned now; empty if nobody works now.
	 */
	public Optional<MemberView> next(WorkItem item, Instant now) {
		return next(item, now, properties.roundRobinRoles());
	}

	/** Like {@link #next(WorkItem, Instant)} among members with one of these roles. */
	public Optional<MemberView> next(WorkItem item, Instant now, java.util.Set<dev.deskhand.workspace.Role> roles) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
			.param("work/round-robin/" + item.workspace)
			.query()
			.listOfRows();
		Map<MemberId, GrantView> grants = access.grants(item.workspace)
			.stream()
			.filter(g -> g.liveAt(now) && roles.contains(g.role()))
			.collect(Collectors.toMap(GrantView::member, Function.identity(), (a, b) -> a));
		Map<UUID, Instant> turns = jdbc
			.sql("select member_id, last_assigned_at from work.assignment_turn where workspace_id = ?")
			.param(item.workspace.value())
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<MemberView> candidates = workspaces.members(item.workspace)
			.stream()
			.filter(MemberView::active)
			.filter(m -> grants.containsKey(m.id()) && sees(grants.get(m.id()), item.scope) && workingAt(m, now))
			.sorted(Comparator.comparing((MemberView m) -> turns.getOrDefault(m.id().value(), Instant.EPOCH))
				.thenComparing(m -> m.id().value()))
			.toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		MemberView chosen = candidates.getFirst();
		jdbc.sql("""
				insert into work.assignment_turn (workspace_id, member_id, last_assigned_at) values (?, ?, ?)
				on conflict (workspace_id, member_id) do update set last_assigned_at = excluded.last_assigned_at""")
			.params(item.workspace.value(), chosen.id().value(), Timestamp.from(now))
			.update();
		return Optional.of(chosen);
	}

	static boolean sees(GrantView grant, @Nullable String scope) {
		return grant.scopes().isEmpty() || scope != null && grant.scopes().contains(ScopeRef.parse(scope));
	}

	/** Whether {@code now}, on the member's own clock, is inside one of their periods. */
	public static boolean workingAt(MemberView m, Instant now) {
		ZonedDateTime local = now.atZone(m.timeZone());
		return m.workingHours()
			.stream()
			.anyMatch(p -> p.day() == local.getDayOfWeek() && !local.toLocalTime().isBefore(p.starts())
					&& local.toLocalTime().isBefore(p.ends()));
	}

}
