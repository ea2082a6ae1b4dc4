package dev.deskhand.work.internal;

import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.Priority;
import dev.deskhand.work.SlaState;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.WorkspaceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue as one SQL query over every (workspace, scope) pair the caller may see,
 * sorted by urgency: breached first, then by the stored urgency key (the next due moved
 * earlier by the priority's lead, see {@link WorkItem#urgency()}), waiting items last.
 * The order matches the partial indexes {@code item_queue*}, so a page is an index range
 * scan even with a million items.
 */
@Repository
public class QueueQueries {

	private static final String ORDER = " order by breached desc, urgency asc nulls last, id";

	private final JdbcClient jdbc;

	QueueQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What one grant lets the caller see of a workspace.
	 *
	 * @param scopes empty for everything, else only items filed under one of them
	 * @param member the caller's member id there (for "mine")
	 */
	public record Allowed(WorkspaceView workspace, List<ScopeRef> scopes, MemberId member) {
	}

	public record Result(List<QueueRow> rows, long total) {
	}

	/**
	 * Queues count their items up to this many; a total of {@code COUNT_CAP + 1} means
	 * "more than COUNT_CAP".
	 */
	public static final int COUNT_CAP = 1000;

	public Result page(List<Allowed> allowed, QueueFilter filter, PageRequest page, Instant now) {
		return page(allowed, filter, null, page, now);
	}

	/**
	 * @param parties only items about these parties (the filter's party, resolved to ids
	 * by the caller); null for no such limit
	 */
	public Result page(List<Allowed> allowed, QueueFilter filter, @Nullable List<UUID> parties, PageRequest page,
			Instant now) {
		if (allowed.isEmpty() || parties != null && parties.isEmpty()) {
			return new Result(List.of(), 0);
		}
		List<Object> params = new ArrayList<>();
		String where = where(allowed, filter, now, params);
		if (parties != null) {
			where += " and party_id = any(?)";
			params.add(parties.toArray(UUID[]::new));
		}
		// counting stops past COUNT_CAP: an exact count of a big queue costs more than
		// the page itself
		long total = jdbc
			.sql("select count(*) from (select 1 from work.item where " + where + " limit " + (COUNT_CAP + 1) + ") c")
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		Map<WorkspaceId, WorkspaceView> spaces = allowed.stream()
			.map(Allowed::workspace)
			.collect(Collectors.toMap(WorkspaceView::id, Function.identity(), (a, b) -> a));
		List<QueueRow> rows = jdbc
			.sql("select " + ROW_COLUMNS + " from work.item where " + where + ORDER + " limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> row(rs, spaces))
			.list();
		return new Result(rows, total);
	}

	/**
	 * A party's items the caller sees: open ones most urgent first, or done ones most
	 * recent first; with {@code conversations}, only those with an e-mail conversation.
	 */
	public List<QueueRow> ofParty(Allowed allowed, UUID party, boolean done, boolean conversations, int limit,
			Instant now) {
		List<Object> params = new ArrayList<>();
		QueueFilter filter = new QueueFilter(false, false, null, null, null, null,
				conversations ? java.util.Set.of(WorkStatus.values())
						: done ? java.util.Set.of(WorkStatus.RESOLVED, WorkStatus.CLOSED) : java.util.Set.of());
		String where = where(List.of(allowed), filter, now, params) + " and party_id = ?"
				+ (conversations ? " and conversation_id is not null" : "");
		params.add(party);
		params.add(limit);
		Map<WorkspaceId, WorkspaceView> spaces = Map.of(allowed.workspace().id(), allowed.workspace());
		return jdbc
			.sql("select " + ROW_COLUMNS + " from work.item where " + where
					+ (done || conversations ? " order by last_activity_at desc, id" : ORDER) + " limit ?")
			.params(params)
			.query((rs, n) -> row(rs, spaces))
			.list();
	}

	private static String where(List<Allowed> allowed, QueueFilter f, Instant now, List<Object> params) {
		List<UUID> whole = allowed.stream()
			.filter(a -> a.scopes().isEmpty())
			.map(a -> a.workspace().id().value())
			.toList();
		List<UUID> scopedWs = new ArrayList<>();
		List<String> scopedKeys = new ArrayList<>();
		allowed.stream().filter(a -> !a.scopes().isEmpty()).forEach(a -> a.scopes().forEach(s -> {
			scopedWs.add(a.workspace().id().value());
			scopedKeys.add(s.toString());
		}));
		List<String> visible = new ArrayList<>();
		if (whole.size() == 1) {
			visible.add("workspace_id = ?");
			params.add(whole.getFirst());
		}
		else if (!whole.isEmpty()) {
			visible.add("workspace_id = any(?)");
			params.add(whole.toArray(UUID[]::new));
		}
		if (!scopedWs.isEmpty()) {
			visible.add("(workspace_id, scope) in (select * from unnest(?::uuid[], ?::text[]))");
			params.add(scopedWs.toArray(UUID[]::new));
			params.add(scopedKeys.toArray(String[]::new));
		}
		StringBuilder sql = new StringBuilder("(").append(String.join(" or ", visible)).append(")");
		if (f.statuses().isEmpty()) {
			sql.append(" and status not in ('RESOLVED', 'CLOSED')");
		}
		else {
			sql.append(" and status = any(?)");
			params.add(f.statuses().stream().map(Enum::name).toArray(String[]::new));
		}
		// snoozed items are out of the open views until the snooze watch wakes them
		if (f.snoozed()) {
			sql.append(" and snoozed_until is not null");
		}
		else if (!f.statuses().contains(WorkStatus.RESOLVED) && !f.statuses().contains(WorkStatus.CLOSED)) {
			sql.append(" and snoozed_until is null");
		}
		if (f.mine()) {
			sql.append(" and assignee_id = any(?)");
			params.add(allowed.stream().map(a -> a.member().value()).toArray(UUID[]::new));
		}
		if (f.unassigned()) {
			sql.append(" and assignee_id is null");
		}
		if (f.breachingWithin() != null) {
			// breaching soon: breached, past the policy's warning share of a target, or
			// due
			// within the given time
			sql.append(" and (breached or warned or next_due <= ?)");
			params.add(Timestamp.from(now.plus(f.breachingWithin())));
		}
		if (f.type() != null) {
			sql.append(" and type = ?");
			params.add(f.type());
		}
		if (f.tag() != null) {
			sql.append(" and tags @> ?::text[]");
			params.add(new String[] { f.tag() });
		}
		if (f.customer() != null) {
			sql.append(" and customer = ?");
			params.add(f.customer());
		}
		if (f.intent() != null) {
			sql.append(" and intent = ?");
			params.add(f.intent());
		}
		if (f.language() != null) {
			sql.append(" and language = ?");
			params.add(f.language());
		}
		return sql.toString();
	}

	/**
	 * What a queue line shows, read from the columns the item keeps beside its SLA
	 * document (the open dues straight from the document in SQL): no per-row JSON in
	 * Java.
	 */
	static final String ROW_COLUMNS = """
			id, workspace_id, number, type, title, status, priority, assignee_id, assignee_name, customer, tags, \
			party_id, party_name, intent, language, \
			last_activity_at, next_due, sla_paused, warned, breached, \
			case when sla #>> '{tracks,FIRST_RESPONSE,metAt}' is null \
			then (sla #>> '{tracks,FIRST_RESPONSE,due}')::timestamptz end as first_response_due, \
			case when sla #>> '{tracks,NEXT_RESPONSE,metAt}' is null \
			then (sla #>> '{tracks,NEXT_RESPONSE,due}')::timestamptz end as next_response_due, \
			case when sla #>> '{tracks,RESOLUTION,metAt}' is null \
			then (sla #>> '{tracks,RESOLUTION,due}')::timestamptz end as resolution_due""";

	private static QueueRow row(ResultSet rs, Map<WorkspaceId, WorkspaceView> spaces) throws SQLException {
		WorkspaceView ws = spaces.get(new WorkspaceId(rs.getObject("workspace_id", UUID.class)));
		UUID assignee = rs.getObject("assignee_id", UUID.class);
		UUID party = rs.getObject("party_id", UUID.class);
		SlaState sla = new SlaState(WorkItems.instant(rs, "first_response_due"),
				WorkItems.instant(rs, "next_response_due"), WorkItems.instant(rs, "resolution_due"),
				WorkItems.instant(rs, "next_due"), rs.getBoolean("sla_paused"), rs.getBoolean("warned"),
				rs.getBoolean("breached"));
		return new QueueRow(new WorkItemId(rs.getObject("id", UUID.class)), ws.slug(), ws.name(),
				WorkItem.reference(rs.getLong("number")), rs.getString("type"), rs.getString("title"),
				WorkStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
				assignee == null ? null : new MemberId(assignee), rs.getString("assignee_name"),
				rs.getString("customer"), WorkItems.strings(rs.getArray("tags")), sla,
				WorkItems.instant(rs, "last_activity_at"), party == null ? null : new PartyId(party),
				rs.getString("party_name"), rs.getString("intent"), rs.getString("language"));
	}

}
