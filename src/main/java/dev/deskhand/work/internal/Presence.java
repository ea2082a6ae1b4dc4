package dev.deskhand.work.internal;

import dev.deskhand.access.Membership;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who has an item's reply box open (table {@code work.presence}): a heartbeat upserts the
 * member's row, leaving deletes it, and a row without a heartbeat for {@link #EXPIRY} no
 * longer counts. A change (not a mere heartbeat) sends {@code NOTIFY} on the live queue's
 * channel with {@code presence <workspace> <item> <scope>}, so the others watching the
 * item hear of it at once, on whichever instance they are.
 */
@Repository
public class Presence {

	/** Heartbeats come every ~15 s; a row this old is taken as gone. */
	public static final Duration EXPIRY = Duration.ofSeconds(40);

	/** The live queue's channel ({@code work/web/QueueChanges}). */
	private static final String CHANNEL = "deskhand_queue";

	private final JdbcClient jdbc;

	Presence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The member is writing a reply on the item (a heartbeat). */
	public void replying(Membership m, WorkItem item, Instant now) {
		// fresh: no row before, or one that had expired (the others saw nobody)
		boolean fresh = jdbc
			.sql("""
					with old as (select seen_at from work.presence where item_id = ? and member_id = ?)
					insert into work.presence (item_id, member_id, workspace_id, member_name, seen_at)
					values (?, ?, ?, ?, ?)
					on conflict (item_id, member_id) do update set seen_at = excluded.seen_at, member_name = excluded.member_name
					returning (select coalesce(bool_or(seen_at < ?), true) from old)""")
			.params(item.id.value(), m.member().id().value(), item.id.value(), m.member().id().value(),
					item.workspace.value(), m.member().displayName(), Timestamp.from(now),
					Timestamp.from(now.minus(EXPIRY)))
			.query(Boolean.class)
			.single();
		if (fresh) {
			changed(item);
		}
	}

	/** The member closed the reply box, sent, or left the page. */
	public void left(Membership m, WorkItem item) {
		if (jdbc.sql("delete from work.presence where item_id = ? and member_id = ?")
			.params(item.id.value(), m.member().id().value())
			.update() > 0) {
			changed(item);
		}
	}

	/** The names of the others replying on the item now. */
	public List<String> othersReplying(Membership m, WorkItem item, Instant now) {
		return jdbc
			.sql("select member_name from work.presence where item_id = ? and member_id <> ? and seen_at > ? "
					+ "order by seen_at")
			.params(item.id.value(), m.member().id().value(), Timestamp.from(now.minus(EXPIRY)))
			.query(String.class)
			.list();
	}

	/** Forgets rows an hour past their last heartbeat. */
	public int sweep(Instant now) {
		return jdbc.sql("delete from work.presence where seen_at < ?")
			.param(Timestamp.from(now.minus(Duration.ofHours(1))))
			.update();
	}

	private void changed(WorkItem item) {
		jdbc.sql("select pg_notify(?, ?)")
			.params(CHANNEL,
					"presence " + item.workspace.value() + " " + item.id.value() + " "
							+ (item.scope == null ? "" : item.scope))
			.query()
			.singleRow();
	}

}
