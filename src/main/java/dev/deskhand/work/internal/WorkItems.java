package dev.deskhand.work.internal;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.Priority;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkSource;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and stores {@link WorkItem}s with plain SQL: the item keeps copies of its SLA
 * clock in indexed columns (next due, next check, flags) that must be written together
 * with the clock, and the queue reads them with hand-written SQL anyway.
 */
@Repository
public class WorkItems {

	static final String COLUMNS = "id, workspace_id, number, type, title, status, priority, assignee_id, assignee_name, "
			+ "due, tags, links, customer, customer_name, customer_email, conversation_id, source, scope, "
			+ "sla_policy_id, sla, created_at, updated_at, last_activity_at, version, party_id, party_name, intent, language, "
			+ "needs_person, triaged_message";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	/** For batches, which {@link JdbcClient} does not send. */
	private final JdbcTemplate template;

	WorkItems(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * The first of the workspace's next {@code count} item numbers (W-1, W-2, … per
	 * workspace), taken as one block. Locks the workspace's counter row until the
	 * caller's transaction ends, so concurrent creates queue.
	 */
	long nextNumbers(WorkspaceId workspace, int count) {
		return jdbc.sql("""
				insert into work.item_counter (workspace_id, next_number) values (?, 1 + ?)
				on conflict (workspace_id) do update set next_number = work.item_counter.next_number + ?
				returning next_number - ?""").params(workspace.value(), count, count, count).query(Long.class).single();
	}

	/**
	 * Inserts the items in one round trip; each element is false when an item for the
	 * same conversation already exists.
	 */
	boolean[] insertAll(List<WorkItem> all) {
		int[] rows = template.batchUpdate(
				"""
						insert into work.item (id, workspace_id, number, type, title, status, priority, assignee_id,
						    assignee_name, due, tags, links, customer, customer_name, customer_email, conversation_id, source,
						    scope, sla_policy_id, sla, next_due, next_check_at, sla_paused, warned, breached, urgency, created_at,
						    updated_at, last_activity_at, version, party_id, party_name)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
						on conflict do nothing""",
				all.stream().map(WorkItems::insertValues).toList());
		boolean[] inserted = new boolean[rows.length];
		for (int k = 0; k < rows.length; k++) {
			inserted[k] = rows[k] == 1;
		}
		return inserted;
	}

	private static Object[] insertValues(WorkItem i) {
		return new Object[] { i.id.value(), i.workspace.value(), i.number, i.type, i.title, i.status.name(),
				i.priority.name(), uuid(i.assignee), i.assigneeName, ts(i.due), i.tags.toArray(String[]::new),
				i.links.toArray(String[]::new), i.customer, i.customerName, i.customerEmail,
				i.conversation == null ? null : i.conversation.value(), i.source.name(), i.scope, i.slaPolicy,
				JSON.writeValueAsString(i.sla), ts(i.slaState().nextDue()), ts(i.nextCheck()), i.sla.paused(),
				i.slaState().warned(), i.slaState().breached(), ts(i.urgency()), ts(i.createdAt), ts(i.updatedAt),
				ts(i.lastActivityAt), i.party == null ? null : i.party.value(), i.partyName };
	}

	/** Stores the item if nobody changed it since it was read. */
	void update(WorkItem i) {
		int rows = jdbc.sql("""
				update work.item set type = ?, title = ?, status = ?, priority = ?, assignee_id = ?, assignee_name = ?,
				    due = ?, tags = ?, links = ?, customer = ?, customer_name = ?, customer_email = ?,
				    sla_policy_id = ?, sla = ?::jsonb, next_due = ?, next_check_at = ?, sla_paused = ?, warned = ?,
				    breached = ?, urgency = ?, updated_at = ?, last_activity_at = greatest(last_activity_at, ?),
				    party_id = ?, party_name = ?, intent = ?, language = ?, needs_person = ?, triaged_message = ?,
				    version = version + 1
				where id = ? and version = ?""")
			.params(i.type, i.title, i.status.name(), i.priority.name(), uuid(i.assignee), i.assigneeName, ts(i.due),
					i.tags.toArray(String[]::new), i.links.toArray(String[]::new), i.customer, i.customerName,
					i.customerEmail, i.slaPolicy, JSON.writeValueAsString(i.sla), ts(i.slaState().nextDue()),
					ts(i.nextCheck()), i.sla.paused(), i.slaState().warned(), i.slaState().breached(), ts(i.urgency()),
					ts(i.updatedAt), ts(i.lastActivityAt), i.party == null ? null : i.party.value(), i.partyName,
					i.intent, i.language, i.needsPerson, i.triagedMessage, i.id.value(), i.version)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("Work item " + i.id + " was changed concurrently");
		}
		i.version++;
	}

	public Optional<WorkItem> find(WorkspaceId workspace, WorkItemId id) {
		return jdbc.sql("select " + COLUMNS + " from work.item where id = ? and workspace_id = ?")
			.params(id.value(), workspace.value())
			.query(WorkItems::row)
			.optional();
	}

	/** The item, locked until the transaction ends, for listeners and schedulers. */
	public Optional<WorkItem> lock(WorkItemId id) {
		return jdbc.sql("select " + COLUMNS + " from work.item where id = ? for update")
			.param(id.value())
			.query(WorkItems::row)
			.optional();
	}

	Optional<WorkItem> lockByConversation(WorkspaceId workspace, ConversationId conversation) {
		return jdbc
			.sql("select " + COLUMNS + " from work.item where workspace_id = ? and conversation_id = ? for update")
			.params(workspace.value(), conversation.value())
			.query(WorkItems::row)
			.optional();
	}

	/**
	 * Claims up to {@code limit} items whose SLA needs a look, skipping rows another
	 * instance holds.
	 */
	List<WorkItemId> claimDueChecks(Instant now, @Nullable WorkspaceId only, int limit) {
		return jdbc
			.sql("select id from work.item where next_check_at <= ? and (?::uuid is null or workspace_id = ?) "
					+ "order by next_check_at limit ? for update skip locked")
			.params(ts(now), only == null ? null : only.value(), only == null ? null : only.value(), limit)
			.query((rs, n) -> new WorkItemId(rs.getObject(1, UUID.class)))
			.list();
	}

	static WorkItem row(ResultSet rs, int n) throws SQLException {
		WorkItem item = item(rs);
		UUID party = rs.getObject("party_id", UUID.class);
		item.party = party == null ? null : new PartyId(party);
		item.partyName = rs.getString("party_name");
		item.intent = rs.getString("intent");
		item.language = rs.getString("language");
		item.needsPerson = rs.getBoolean("needs_person");
		item.triagedMessage = rs.getObject("triaged_message", UUID.class);
		return item;
	}

	private static WorkItem item(ResultSet rs) throws SQLException {
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		UUID conversation = rs.getObject("conversation_id", UUID.class);
		return new WorkItem(new WorkItemId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getLong("number"), rs.getString("type"),
				rs.getString("title"), WorkStatus.valueOf(rs.getString("status")),
				Priority.valueOf(rs.getString("priority")), assignee == null ? null : new MemberId(assignee),
				rs.getString("assignee_name"), instant(rs, "due"), strings(rs.getArray("tags")),
				strings(rs.getArray("links")), rs.getString("customer"), rs.getString("customer_name"),
				rs.getString("customer_email"), conversation == null ? null : new ConversationId(conversation),
				WorkSource.valueOf(rs.getString("source")), rs.getString("scope"),
				rs.getObject("sla_policy_id", UUID.class), JSON.readValue(rs.getString("sla"), SlaClock.class),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "last_activity_at"),
				rs.getLong("version"));
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	@SuppressWarnings("NullAway")
	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	static @Nullable UUID uuid(@Nullable MemberId m) {
		return m == null ? null : m.value();
	}

}
