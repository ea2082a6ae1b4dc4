package dev.deskhand.shipments.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.TrackingRuleView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A workspace's tracking exception rules (table {@code shipments.exception_rule}). */
@Repository
public class TrackingRuleStore {

	private final JdbcClient jdbc;

	TrackingRuleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<TrackingRuleView> of(WorkspaceId workspace) {
		return jdbc.sql("select * from shipments.exception_rule where workspace_id = ? order by lower(name)")
			.param(workspace.value())
			.query(TrackingRuleStore::view)
			.list();
	}

	public Optional<TrackingRuleView> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("select * from shipments.exception_rule where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.query(TrackingRuleStore::view)
			.optional();
	}

	/** Whether another rule of the workspace has this name (any case). */
	public boolean nameTaken(WorkspaceId workspace, String name, UUID except) {
		return jdbc.sql(
				"select exists (select 1 from shipments.exception_rule where workspace_id = ? and lower(name) = lower(?) "
						+ "and id <> ?)")
			.params(workspace.value(), name, except)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Holds the workspace's rules for the rest of the transaction (names stay unique).
	 */
	public void lock(WorkspaceId workspace) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
			.param("shipments/exception-rules/" + workspace)
			.query()
			.listOfRows();
	}

	public void insert(WorkspaceId workspace, TrackingRuleView r, Instant now) {
		jdbc.sql(
				"""
						insert into shipments.exception_rule (id, workspace_id, name, kind, enabled, hours, statuses, customer_id,
						    carrier_id, mode, work_type, sla_policy_id, priority, created_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), workspace.value(), r.name(), r.kind(), r.enabled(), r.hours(),
					r.statuses().toArray(String[]::new), r.customer(), r.carrier(), r.mode(), r.workType(),
					r.slaPolicy(), r.priority(), Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public void update(WorkspaceId workspace, TrackingRuleView r, Instant now) {
		jdbc.sql("""
				update shipments.exception_rule set name = ?, kind = ?, enabled = ?, hours = ?, statuses = ?,
				    customer_id = ?, carrier_id = ?, mode = ?, work_type = ?, sla_policy_id = ?, priority = ?,
				    updated_at = ?
				where workspace_id = ? and id = ?""")
			.params(r.name(), r.kind(), r.enabled(), r.hours(), r.statuses().toArray(String[]::new), r.customer(),
					r.carrier(), r.mode(), r.workType(), r.slaPolicy(), r.priority(), Timestamp.from(now),
					workspace.value(), r.id())
			.update();
	}

	public void delete(WorkspaceId workspace, UUID id) {
		jdbc.sql("delete from shipments.exception_rule where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.update();
	}

	/** The shipments with an open exception of this rule. */
	public List<UUID> openShipments(UUID rule) {
		return jdbc
			.sql("select shipment_id from shipments.tracking_exception where rule_id = ? and resolved_at is null")
			.param(rule)
			.query(UUID.class)
			.list();
	}

	private static TrackingRuleView view(ResultSet rs, int n) throws SQLException {
		return new TrackingRuleView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("enabled"),
				rs.getString("kind"), rs.getInt("hours"), Arrays.asList((String[]) rs.getArray("statuses").getArray()),
				rs.getObject("customer_id", UUID.class), rs.getObject("carrier_id", UUID.class), rs.getString("mode"),
				rs.getString("work_type"), rs.getObject("sla_policy_id", UUID.class), rs.getString("priority"));
	}

}
