package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRuleView;
import dev.deskhand.work.EscalationTrigger;
import dev.deskhand.work.Priority;
import dev.deskhand.work.SlaTarget;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Escalation rules per workspace, and the record of which fired for which item. */
@Repository
public class EscalationRules {

	private static final String COLUMNS = "id, trigger, target_role, target_member, channels, webhook_url, reassign, "
			+ "email_to, match_priority, match_type";

	private final JdbcClient jdbc;

	EscalationRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<EscalationRuleView> of(WorkspaceId workspace) {
		return jdbc.sql("select " + COLUMNS + " from work.escalation_rule where workspace_id = ? order by created_at")
			.param(workspace.value())
			.query((rs, n) -> {
				UUID member = rs.getObject(4, UUID.class);
				return new EscalationRuleView(rs.getObject(1, UUID.class), EscalationTrigger.valueOf(rs.getString(2)),
						rs.getString(3) == null ? null : Role.valueOf(rs.getString(3)),
						member == null ? null : new MemberId(member),
						Arrays.stream((String[]) rs.getArray(5).getArray())
							.map(EscalationChannel::valueOf)
							.collect(Collectors.toSet()),
						rs.getString(6), rs.getBoolean(7), rs.getString(8),
						rs.getString(9) == null ? null : Priority.valueOf(rs.getString(9)), rs.getString(10));
			})
			.list();
	}

	public Optional<EscalationRuleView> find(WorkspaceId workspace, UUID id) {
		return of(workspace).stream().filter(r -> r.id().equals(id)).findFirst();
	}

	/** The fixed e-mail address of a rule, whichever workspace it is in. */
	public Optional<String> emailToOf(UUID rule) {
		return jdbc.sql("select email_to from work.escalation_rule where id = ? and email_to is not null")
			.param(rule)
			.query(String.class)
			.optional();
	}

	/** The webhook address of a rule, whichever workspace it is in. */
	public Optional<String> webhookOf(UUID rule) {
		return jdbc.sql("select webhook_url from work.escalation_rule where id = ? and webhook_url is not null")
			.param(rule)
			.query(String.class)
			.optional();
	}

	public void insert(WorkspaceId workspace, EscalationRuleView r, Instant now) {
		jdbc.sql("insert into work.escalation_rule (id, workspace_id, trigger, target_kind, target_role, "
				+ "target_member, channels, webhook_url, reassign, created_at, email_to, match_priority, match_type) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.id(), workspace.value(), r.trigger().name(),
					r.targetRole() != null ? "ROLE" : r.targetMember() != null ? "MEMBER" : "NONE",
					r.targetRole() == null ? null : r.targetRole().name(),
					r.targetMember() == null ? null : r.targetMember().value(),
					r.channels().stream().map(Enum::name).sorted().toArray(String[]::new), r.webhookUrl(), r.reassign(),
					Timestamp.from(now), r.emailTo(), r.matchPriority() == null ? null : r.matchPriority().name(),
					r.matchType())
			.update();
	}

	/** Changes a rule in place (what fired already stays fired). */
	public void update(WorkspaceId workspace, EscalationRuleView r) {
		jdbc.sql("update work.escalation_rule set trigger = ?, target_kind = ?, target_role = ?, target_member = ?, "
				+ "channels = ?, webhook_url = ?, reassign = ?, email_to = ?, match_priority = ?, match_type = ? "
				+ "where workspace_id = ? and id = ?")
			.params(r.trigger().name(), r.targetRole() != null ? "ROLE" : r.targetMember() != null ? "MEMBER" : "NONE",
					r.targetRole() == null ? null : r.targetRole().name(),
					r.targetMember() == null ? null : r.targetMember().value(),
					r.channels().stream().map(Enum::name).sorted().toArray(String[]::new), r.webhookUrl(), r.reassign(),
					r.emailTo(), r.matchPriority() == null ? null : r.matchPriority().name(), r.matchType(),
					workspace.value(), r.id())
			.update();
	}

	public boolean delete(WorkspaceId workspace, UUID id) {
		jdbc.sql("delete from work.escalation_fired where rule_id = ?").param(id).update();
		return jdbc.sql("delete from work.escalation_rule where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.update() == 1;
	}

	/**
	 * Records that the rule fired for the item, target and recipient; false when it had
	 * fired already (here or on another instance), so the caller must not fire again.
	 */
	public boolean fireOnce(WorkItemId item, UUID rule, SlaTarget target, String recipient, Instant now) {
		return jdbc
			.sql("insert into work.escalation_fired (item_id, rule_id, sla_target, recipient, fired_at) "
					+ "values (?, ?, ?, ?, ?) on conflict do nothing")
			.params(item.value(), rule, target.name(), recipient, Timestamp.from(now))
			.update() == 1;
	}

}
