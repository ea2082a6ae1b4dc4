package dev.deskhand.audit.internal;

import dev.deskhand.audit.AuditEntryView;
import dev.deskhand.audit.AuditEntryView.ActorKind;
import dev.deskhand.audit.AuditFilter;
import dev.deskhand.shared.AuditableChange.Action;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the log: pages for the API, and ordered streams (a server-side cursor) for
 * exports and verification.
 */
@Component
public class EntryQueries {

	private static final int FETCH_SIZE = 500;

	private static final String COLUMNS = "workspace_id, seq, id, occurred_at, actor_kind, actor_id, actor_name, "
			+ "subject_type, subject_id, action, before_digest, after_digest, summary, prev_mac, mac";

	private final JdbcClient jdbc;

	EntryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Newest first. */
	public Page<AuditEntryView> page(WorkspaceId workspace, AuditFilter filter, PageRequest request) {
		Map<String, Object> params = new HashMap<>();
		String where = where(workspace, filter, params);
		long total = jdbc.sql("select count(*) from audit.entry" + where).params(params).query(Long.class).single();
		params.put("limit", request.size());
		params.put("offset", request.offset());
		List<AuditEntryView> items = jdbc
			.sql("select " + COLUMNS + " from audit.entry" + where + " order by seq desc limit :limit offset :offset")
			.params(params)
			.query(EntryQueries::entry)
			.stream()
			.map(ChainEntry::view)
			.toList();
		return Page.of(items, request, total);
	}

	/** Oldest first, streamed; call inside a transaction and close the stream. */
	public Stream<ChainEntry> stream(WorkspaceId workspace, AuditFilter filter) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("select " + COLUMNS + " from audit.entry" + where(workspace, filter, params) + " order by seq")
			.withFetchSize(FETCH_SIZE)
			.params(params)
			.query(EntryQueries::entry)
			.stream();
	}

	Optional<ChainAppender.Head> head(UUID workspace) {
		return jdbc.sql("select seq, mac from audit.chain_head where workspace_id = ?")
			.param(workspace)
			.query((rs, n) -> new ChainAppender.Head(rs.getLong("seq"), rs.getString("mac")))
			.optional();
	}

	List<UUID> chainedWorkspaces() {
		return jdbc.sql("select workspace_id from audit.chain_head union select distinct workspace_id from audit.entry")
			.query(UUID.class)
			.list();
	}

	private static String where(WorkspaceId workspace, AuditFilter f, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" where workspace_id = :workspace");
		params.put("workspace", workspace.value());
		if (f.subjectType() != null) {
			sql.append(" and subject_type = :subjectType");
			params.put("subjectType", f.subjectType());
		}
		if (f.action() != null) {
			sql.append(" and action = :action");
			params.put("action", f.action().name());
		}
		if (f.actor() != null) {
			actor(f.actor(), sql, params);
		}
		if (f.from() != null) {
			sql.append(" and occurred_at >= :from");
			params.put("from", OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
		}
		if (f.to() != null) {
			sql.append(" and occurred_at < :to");
			params.put("to", OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
		}
		return sql.toString();
	}

	private static void actor(String actor, StringBuilder sql, Map<String, Object> params) {
		try {
			params.put("actorId", UUID.fromString(actor));
			sql.append(" and actor_id = :actorId");
		}
		catch (IllegalArgumentException notAnId) {
			String escaped = actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			params.put("actorName", "%" + escaped + "%");
			sql.append(" and actor_name ilike :actorName");
		}
	}

	static ChainEntry entry(ResultSet rs, int row) throws SQLException {
		return new ChainEntry(rs.getObject("workspace_id", UUID.class), rs.getLong("seq"),
				rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				ActorKind.ofCode(rs.getString("actor_kind")), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"), rs.getString("subject_type"), rs.getString("subject_id"),
				Action.valueOf(rs.getString("action")), rs.getString("before_digest"), rs.getString("after_digest"),
				rs.getString("summary"), rs.getString("prev_mac"), rs.getString("mac"));
	}

}
