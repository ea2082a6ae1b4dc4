package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.NotificationKind;
import dev.deskhand.work.NotificationView;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.WorkspaceView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * In-app notifications for members (escalations, mentions), and each person's choice of
 * e-mail notifications. Reads take the member ids of the caller's live memberships, so a
 * workspace whose access ended shows nothing.
 */
@Repository
public class Notifications {

	/** The bell counts up to this many ("99+"). */
	public static final int COUNT_CAP = 99;

	private static final String COLUMNS = "n.id, n.workspace_id, n.member_id, n.item_id, n.kind, n.actor_name, n.text, "
			+ "n.created_at, n.read_at, i.number, i.title";

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(WorkspaceId workspace, MemberId member, WorkItemId item, String text, Instant now) {
		jdbc.sql("insert into work.notification (workspace_id, member_id, item_id, text, created_at) "
				+ "values (?, ?, ?, ?, ?)")
			.params(workspace.value(), member.value(), item.value(), text, Timestamp.from(now))
			.update();
	}

	/**
	 * A mention, to be e-mailed (grouped with others on the item) at {@code emailDue}.
	 */
	void mention(WorkspaceId workspace, MemberId member, WorkItemId item, String actorName, String excerpt, Instant now,
			Instant emailDue) {
		jdbc.sql("insert into work.notification (workspace_id, member_id, item_id, kind, actor_name, text, created_at, "
				+ "email_due_at) values (?, ?, ?, 'MENTION', ?, ?, ?, ?)")
			.params(workspace.value(), member.value(), item.value(), actorName, excerpt, Timestamp.from(now),
					Timestamp.from(emailDue))
			.update();
	}

	/** Unread ones of these members, up to {@link #COUNT_CAP} + 1. */
	public int unreadCount(Collection<MemberId> members) {
		if (members.isEmpty()) {
			return 0;
		}
		return jdbc
			.sql("select count(*) from (select 1 from work.notification where member_id = any(?) and read_at is null "
					+ "limit " + (COUNT_CAP + 1) + ") c")
			.param(ids(members))
			.query(Integer.class)
			.single();
	}

	/**
	 * The members' newest notifications (only unread ones if {@code unreadOnly}), each
	 * with its workspace from {@code spaces} (keyed by member).
	 */
	public List<NotificationView> list(Map<MemberId, WorkspaceView> spaces, boolean unreadOnly, int limit) {
		if (spaces.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select " + COLUMNS + " from work.notification n join work.item i on i.id = n.item_id "
					+ "where n.member_id = any(?)" + (unreadOnly ? " and n.read_at is null" : "")
					+ " order by n.id desc limit ?")
			.params(ids(spaces.keySet()), limit)
			.query((rs, n) -> view(rs, spaces))
			.list();
	}

	/** Marks one of these members' notifications read; others' are left alone. */
	public void markRead(Collection<MemberId> members, long id, Instant now) {
		if (!members.isEmpty()) {
			jdbc.sql("update work.notification set read_at = ? where member_id = any(?) and id = ? and read_at is null")
				.params(Timestamp.from(now), ids(members), id)
				.update();
		}
	}

	public void markRead(MemberId member, long id, Instant now) {
		markRead(List.of(member), id, now);
	}

	public void markAllRead(Collection<MemberId> members, Instant now) {
		if (!members.isEmpty()) {
			jdbc.sql("update work.notification set read_at = ? where member_id = any(?) and read_at is null")
				.params(Timestamp.from(now), ids(members))
				.update();
		}
	}

	/**
	 * Whether the person wants notifications by e-mail (yes unless they turned it off).
	 */
	public boolean emailOn(@Nullable PersonId person) {
		if (person == null) {
			return false;
		}
		return jdbc.sql("select email from work.notification_setting where person_id = ?")
			.param(person.value())
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	public void setEmail(PersonId person, boolean on, Instant now) {
		jdbc.sql("insert into work.notification_setting (person_id, email, updated_at) values (?, ?, ?) "
				+ "on conflict (person_id) do update set email = excluded.email, updated_at = excluded.updated_at")
			.params(person.value(), on, Timestamp.from(now))
			.update();
	}

	private static NotificationView view(ResultSet rs, Map<MemberId, WorkspaceView> spaces) throws SQLException {
		WorkspaceView ws = spaces.get(new MemberId(rs.getObject("member_id", UUID.class)));
		return new NotificationView(rs.getLong("id"), ws.id(), ws.slug(), ws.name(),
				new WorkItemId(rs.getObject("item_id", UUID.class)), WorkItem.reference(rs.getLong("number")),
				rs.getString("title"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("actor_name"),
				rs.getString("text"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
	}

	private static UUID[] ids(Collection<MemberId> members) {
		return members.stream().map(MemberId::value).toArray(UUID[]::new);
	}

}
