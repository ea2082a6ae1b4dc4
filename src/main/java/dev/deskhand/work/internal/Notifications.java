package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.NotificationView;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notifications for members. */
@Repository
public class Notifications {

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

	public List<NotificationView> unread(MemberId member) {
		return jdbc
			.sql("select id, item_id, text, created_at from work.notification where member_id = ? "
					+ "and read_at is null order by id desc limit 100")
			.param(member.value())
			.query((rs, n) -> new NotificationView(rs.getLong(1), new WorkItemId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	public void markRead(MemberId member, long id, Instant now) {
		jdbc.sql("update work.notification set read_at = ? where member_id = ? and id = ? and read_at is null")
			.params(Timestamp.from(now), member.value(), id)
			.update();
	}

}
