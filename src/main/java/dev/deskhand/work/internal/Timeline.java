package dev.deskhand.work.internal;

import dev.deskhand.work.TimelineEntry;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only timeline of every item: this class inserts and reads, and has no way to
 * change or remove an entry. Appending also moves the item's last activity.
 */
@Repository
public class Timeline {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	/** For batches, which {@link JdbcClient} does not send. */
	private final JdbcTemplate template;

	Timeline(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void append(WorkItemId item, Instant at, Actor actor, TimelineKind kind, Map<String, ?> data) {
		appendAll(List.of(new Entry(item, at, actor, kind, data)));
	}

	/** An entry to append. */
	public record Entry(WorkItemId item, Instant at, Actor actor, TimelineKind kind, Map<String, ?> data) {
	}

	/** Appends the entries, in order, in one round trip. */
	public void appendAll(List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		// one statement each; the item is rewritten only when the entry is newer than its
		// last activity (not for the entries a new item gets as it is created)
		template.batchUpdate(
				"with entry as (insert into work.timeline (item_id, at, actor_id, actor_name, kind, data) "
						+ "values (?, ?, ?, ?, ?, cast(? as jsonb))) "
						+ "update work.item set last_activity_at = ? where id = ? and last_activity_at < ?",
				entries.stream().map(e -> {
					Timestamp at = Timestamp.from(e.at());
					return new Object[] { e.item().value(), at,
							e.actor().member() == null ? null : e.actor().member().value(), e.actor().name(),
							e.kind().name(), JSON.writeValueAsString(e.data()), at, e.item().value(), at };
				}).toList());
	}

	/** Whether the member viewed the item within {@code window} before {@code now}. */
	boolean viewedRecently(WorkItemId item, MemberId member, Instant now, Duration window) {
		return jdbc
			.sql("select exists (select 1 from work.timeline where item_id = ? and actor_id = ? "
					+ "and kind = 'VIEWED' and at > ?)")
			.params(item.value(), member.value(), Timestamp.from(now.minus(window)))
			.query(Boolean.class)
			.single();
	}

	/** When the member first opened the item, if they did. */
	public java.util.Optional<Instant> firstViewed(WorkItemId item, MemberId member) {
		return jdbc.sql("select min(at) from work.timeline where item_id = ? and actor_id = ? and kind = 'VIEWED'")
			.params(item.value(), member.value())
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.filter(java.util.Objects::nonNull)
			.map(Timestamp::toInstant);
	}

	/** Whether the item has an entry of this kind whose data has {@code key: value}. */
	boolean recorded(WorkItemId item, TimelineKind kind, String key, String value) {
		return jdbc.sql("select exists (select 1 from work.timeline where item_id = ? and kind = ? and data ->> ? = ?)")
			.params(item.value(), kind.name(), key, value)
			.query(Boolean.class)
			.single();
	}

	public List<TimelineEntry> of(WorkItemId item) {
		return jdbc
			.sql("select id, at, actor_id, actor_name, kind, data from work.timeline where item_id = ? order by id")
			.param(item.value())
			.query((rs, n) -> {
				UUID actor = rs.getObject("actor_id", UUID.class);
				return new TimelineEntry(rs.getLong("id"), item, rs.getTimestamp("at").toInstant(),
						actor == null ? null : new MemberId(actor), rs.getString("actor_name"),
						TimelineKind.valueOf(rs.getString("kind")), JSON.readValue(rs.getString("data"), MAP));
			})
			.list();
	}

}
