package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.InboundRuleView;
import dev.deskhand.work.RuleAction;
import dev.deskhand.work.RuleCondition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workspace's inbound rules in their order. Writers take the workspace's rule lock
 * first, so positions stay 1…n under concurrent changes.
 */
@Repository
public class InboundRules {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	InboundRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<InboundRuleView> of(WorkspaceId workspace) {
		return jdbc.sql("select * from work.inbound_rule where workspace_id = ? order by position, created_at")
			.param(workspace.value())
			.query(this::view)
			.list();
	}

	public Optional<InboundRuleView> find(WorkspaceId workspace, UUID id) {
		return jdbc.sql("select * from work.inbound_rule where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.query(this::view)
			.optional();
	}

	/** Holds the workspace's rules for the rest of the transaction. */
	public void lock(WorkspaceId workspace) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
			.param("work/inbound-rules/" + workspace)
			.query()
			.listOfRows();
	}

	public void insert(WorkspaceId workspace, InboundRuleView r, Instant now) {
		jdbc.sql("""
				insert into work.inbound_rule (id, workspace_id, position, name, enabled, stop_processing, conditions,
				    actions, created_at, updated_at)
				values (?, ?, (select coalesce(max(position), 0) + 1 from work.inbound_rule where workspace_id = ?),
				    ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)""")
			.params(r.id(), workspace.value(), workspace.value(), r.name(), r.enabled(), r.stopProcessing(),
					json.writeValueAsString(r.conditions()), json.writeValueAsString(r.actions()), Timestamp.from(now),
					Timestamp.from(now))
			.update();
	}

	public void update(WorkspaceId workspace, InboundRuleView r, Instant now) {
		jdbc.sql("""
				update work.inbound_rule set name = ?, enabled = ?, stop_processing = ?, conditions = ?::jsonb,
				    actions = ?::jsonb, updated_at = ? where workspace_id = ? and id = ?""")
			.params(r.name(), r.enabled(), r.stopProcessing(), json.writeValueAsString(r.conditions()),
					json.writeValueAsString(r.actions()), Timestamp.from(now), workspace.value(), r.id())
			.update();
	}

	public void delete(WorkspaceId workspace, UUID id) {
		jdbc.sql("delete from work.inbound_rule where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.update();
		renumber(workspace, of(workspace).stream().map(InboundRuleView::id).toList());
	}

	/** Gives the rules positions 1…n in this order. */
	public void renumber(WorkspaceId workspace, List<UUID> order) {
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update work.inbound_rule set position = ? where workspace_id = ? and id = ?")
				.params(i + 1, workspace.value(), order.get(i))
				.update();
		}
	}

	private InboundRuleView view(ResultSet rs, int n) throws SQLException {
		return new InboundRuleView(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("name"),
				rs.getBoolean("enabled"), rs.getBoolean("stop_processing"),
				json.readValue(rs.getString("conditions"), new TypeReference<List<RuleCondition>>() {
				}), json.readValue(rs.getString("actions"), new TypeReference<List<RuleAction>>() {
				}));
	}

}
