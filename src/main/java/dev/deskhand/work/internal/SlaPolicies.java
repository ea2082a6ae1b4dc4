package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.Priority;
import dev.deskhand.work.SlaPolicyView;
import dev.deskhand.work.SlaTarget;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ordered SLA policies of each workspace. */
@Repository
public class SlaPolicies {

	private final JdbcClient jdbc;

	SlaPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SlaPolicyView> of(WorkspaceId workspace) {
		return jdbc.sql("select id, position, name, match_priority, match_type, first_response_min, next_response_min, "
				+ "resolution_min, warn_share from work.sla_policy where workspace_id = ? order by position, created_at")
			.param(workspace.value())
			.query((rs, n) -> new SlaPolicyView(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					rs.getString(4) == null ? null : Priority.valueOf(rs.getString(4)), rs.getString(5),
					(Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8), rs.getDouble(9)))
			.list();
	}

	/**
	 * The policy of the workspace's {@code known} ones an item goes on: the one chosen
	 * for it (by a rule), else its customer's own, else the first, in order, that matches
	 * its priority and type; a chosen or customer's policy that no longer exists counts
	 * as none.
	 */
	static Optional<SlaPolicyView> choose(List<SlaPolicyView> known, @Nullable UUID chosen, @Nullable UUID customers,
			Priority priority, String type) {
		return byId(known, chosen).or(() -> byId(known, customers))
			.or(() -> known.stream().filter(p -> p.matches(priority, type)).findFirst());
	}

	private static Optional<SlaPolicyView> byId(List<SlaPolicyView> known, @Nullable UUID id) {
		return id == null ? Optional.empty() : known.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public Optional<SlaPolicyView> find(WorkspaceId workspace, UUID id) {
		return of(workspace).stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public void insert(WorkspaceId workspace, SlaPolicyView p, Instant now) {
		jdbc.sql("insert into work.sla_policy (id, workspace_id, position, name, match_priority, match_type, "
				+ "first_response_min, next_response_min, resolution_min, warn_share, created_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), workspace.value(), p.position(), p.name(),
					p.matchPriority() == null ? null : p.matchPriority().name(), p.matchType(),
					p.firstResponseMinutes(), p.nextResponseMinutes(), p.resolutionMinutes(), p.warnShare(),
					Timestamp.from(now))
			.update();
	}

	/** Changes a policy's name, match and targets; its position stays. */
	public void update(WorkspaceId workspace, SlaPolicyView p) {
		jdbc.sql("update work.sla_policy set name = ?, match_priority = ?, match_type = ?, first_response_min = ?, "
				+ "next_response_min = ?, resolution_min = ?, warn_share = ? where workspace_id = ? and id = ?")
			.params(p.name(), p.matchPriority() == null ? null : p.matchPriority().name(), p.matchType(),
					p.firstResponseMinutes(), p.nextResponseMinutes(), p.resolutionMinutes(), p.warnShare(),
					workspace.value(), p.id())
			.update();
	}

	/** Numbers the workspace's policies 1, 2, 3 … in the given order. */
	public void renumber(WorkspaceId workspace, List<UUID> order) {
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update work.sla_policy set position = ? where workspace_id = ? and id = ?")
				.params(i + 1, workspace.value(), order.get(i))
				.update();
		}
	}

	/** Locks the workspace's policies, so concurrent reorders queue. */
	public void lock(WorkspaceId workspace) {
		jdbc.sql("select id from work.sla_policy where workspace_id = ? for update")
			.param(workspace.value())
			.query(UUID.class)
			.list();
	}

	public boolean delete(WorkspaceId workspace, UUID id) {
		return jdbc.sql("delete from work.sla_policy where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.update() == 1;
	}

	/** The policy's targets; a missing target is not measured. */
	public static Map<SlaTarget, Duration> targets(SlaPolicyView p) {
		Map<SlaTarget, Duration> out = new EnumMap<>(SlaTarget.class);
		put(out, SlaTarget.FIRST_RESPONSE, p.firstResponseMinutes());
		put(out, SlaTarget.NEXT_RESPONSE, p.nextResponseMinutes());
		put(out, SlaTarget.RESOLUTION, p.resolutionMinutes());
		return out;
	}

	private static void put(Map<SlaTarget, Duration> out, SlaTarget target, @Nullable Integer minutes) {
		if (minutes != null) {
			out.put(target, Duration.ofMinutes(minutes));
		}
	}

}
