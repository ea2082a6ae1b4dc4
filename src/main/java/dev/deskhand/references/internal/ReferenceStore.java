package dev.deskhand.references.internal;

import dev.deskhand.references.ReferenceEntry;
import dev.deskhand.references.ReferencePattern;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.WorkspaceId;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Workspace patterns and recorded references in plain SQL. Entries are written in bulk as
 * one {@code insert … select from unnest(arrays)} per chunk: one statement and one round
 * trip for thousands of rows.
 */
@Repository
public class ReferenceStore {

	/** Rows per insert statement. */
	static final int CHUNK = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ReferenceStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public List<ReferencePattern> patterns(WorkspaceId workspace) {
		return jdbc
			.sql("select name, type, regex, example from \"references\".pattern where workspace_id = ? order by name")
			.param(workspace.value())
			.query((rs, n) -> new ReferencePattern(rs.getString(1), ReferenceType.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	public int countPatterns(WorkspaceId workspace) {
		return jdbc.sql("select count(*) from \"references\".pattern where workspace_id = ?")
			.param(workspace.value())
			.query(Integer.class)
			.single();
	}

	public Optional<ReferencePattern> pattern(WorkspaceId workspace, String name) {
		return jdbc
			.sql("select name, type, regex, example from \"references\".pattern where workspace_id = ? and name = ?")
			.params(workspace.value(), name)
			.query((rs, n) -> new ReferencePattern(rs.getString(1), ReferenceType.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4)))
			.optional();
	}

	/** Inserts the pattern or replaces the one of that name. */
	public void save(WorkspaceId workspace, ReferencePattern p, Instant now) {
		jdbc.sql("""
				insert into "references".pattern (id, workspace_id, name, type, regex, example, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (workspace_id, name) do update
				set type = excluded.type, regex = excluded.regex, example = excluded.example,
				    updated_at = excluded.updated_at""")
			.params(UUID.randomUUID(), workspace.value(), p.name(), p.type().name(), p.regex(), p.example(),
					Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	public boolean delete(WorkspaceId workspace, String name) {
		return jdbc.sql("delete from \"references\".pattern where workspace_id = ? and name = ?")
			.params(workspace.value(), name)
			.update() > 0;
	}

	/** Stores the entries with the given ids (same order), all at {@code at}. */
	public void insert(WorkspaceId workspace, List<ReferenceEntry> entries, List<UUID> ids, Instant at) {
		for (int from = 0; from < entries.size(); from += CHUNK) {
			int to = Math.min(entries.size(), from + CHUNK);
			insertChunk(workspace, entries.subList(from, to), ids.subList(from, to), at);
		}
	}

	private void insertChunk(WorkspaceId workspace, List<ReferenceEntry> entries, List<UUID> ids, Instant at) {
		int n = entries.size();
		UUID[] id = ids.toArray(UUID[]::new);
		String[] type = new String[n];
		String[] value = new String[n];
		Boolean[] valid = new Boolean[n];
		String[] by = new String[n];
		String[] subjectType = new String[n];
		UUID[] subject = new UUID[n];
		for (int i = 0; i < n; i++) {
			ReferenceEntry e = entries.get(i);
			type[i] = e.type().name();
			value[i] = e.value();
			valid[i] = e.valid();
			by[i] = e.enteredBy();
			subjectType[i] = e.subjectType();
			subject[i] = e.subjectId();
		}
		template.execute((ConnectionCallback<Integer>) c -> {
			try (PreparedStatement st = c.prepareStatement("""
					insert into "references".entry (id, workspace_id, type, value, valid, entered_by, subject_type,
					                                subject_id, recorded_at)
					select u.id, ?, u.type, u.value, u.valid, u.by, u.subject_type, u.subject_id, ?
					from unnest(?::uuid[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::uuid[])
					     as u (id, type, value, valid, by, subject_type, subject_id)""")) {
				st.setObject(1, workspace.value());
				st.setTimestamp(2, Timestamp.from(at));
				st.setArray(3, array(c, "uuid", id));
				st.setArray(4, array(c, "text", type));
				st.setArray(5, array(c, "text", value));
				st.setArray(6, array(c, "boolean", valid));
				st.setArray(7, array(c, "text", by));
				st.setArray(8, array(c, "text", subjectType));
				st.setArray(9, array(c, "uuid", subject));
				return st.executeUpdate();
			}
		});
	}

	private static Array array(Connection c, String type, Object[] values) throws java.sql.SQLException {
		return c.createArrayOf(type, values);
	}

	/** One stored correction. */
	public void insertCorrection(WorkspaceId workspace, UUID id, ReferenceEntry e,
			@org.jspecify.annotations.Nullable UUID corrects, Instant at) {
		jdbc.sql("""
				insert into "references".entry (id, workspace_id, type, value, valid, entered_by, subject_type,
				                                subject_id, corrects, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, workspace.value(), e.type().name(), e.value(), e.valid(), e.enteredBy(), e.subjectType(),
					e.subjectId(), corrects, Timestamp.from(at))
			.update();
	}

	/** The latest entry of the subject with this type and value, with its validity. */
	public Optional<Latest> latest(WorkspaceId workspace, String subjectType, UUID subject, ReferenceType type,
			String value) {
		return jdbc.sql("""
				select id, valid from "references".entry
				where subject_id = ? and workspace_id = ? and subject_type = ? and type = ? and value = ?
				order by recorded_at desc limit 1""")
			.params(subject, workspace.value(), subjectType, type.name(), value)
			.query((rs, n) -> new Latest(rs.getObject(1, UUID.class), rs.getBoolean(2)))
			.optional();
	}

	public record Latest(UUID id, boolean valid) {
	}

	/** Entries recorded in [from, to): all, invalid, and corrected ones. */
	public Counts counts(WorkspaceId workspace, Instant from, Instant to) {
		return jdbc.sql("""
				select count(*) filter (where corrects is null),
				       count(*) filter (where corrects is null and not valid),
				       count(*) filter (where corrects is not null)
				from "references".entry where workspace_id = ? and recorded_at >= ? and recorded_at < ?""")
			.params(workspace.value(), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	public record Counts(long recorded, long invalid, long corrected) {
	}

}
