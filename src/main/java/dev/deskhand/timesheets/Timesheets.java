package dev.deskhand.timesheets;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Weekly timesheets and the approved time other modules bill. */
@Service
public class Timesheets {

	private final JdbcClient jdbc;

	Timesheets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The finished entries of a member's approved weeks in a workspace that started in
	 * {@code [from, to)}, oldest first; entries still flagged for review are left out.
	 */
	@Transactional(readOnly = true)
	public List<ApprovedTime> approvedTime(WorkspaceId workspace, MemberId member, Instant from, Instant to) {
		return jdbc.sql("""
				select e.id, e.member_id, e.work_item_id, e.item_reference, e.item_title, e.work_type, e.party_name,
				       e.started_at, e.ended_at, e.billable, e.note
				from timesheets.time_entry e
				join timesheets.timesheet t on t.workspace_id = e.workspace_id and t.member_id = e.member_id
				     and t.week_start = e.week_start and t.status = 'APPROVED'
				where e.workspace_id = ? and e.member_id = ? and e.started_at >= ? and e.started_at < ?
				  and e.ended_at is not null and not e.needs_review
				order by e.started_at, e.id""")
			.params(workspace.value(), member.value(), java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
			.query((rs, n) -> new ApprovedTime(rs.getObject(1, java.util.UUID.class),
					new MemberId(rs.getObject(2, java.util.UUID.class)), rs.getObject(3, java.util.UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
					rs.getTimestamp(9).toInstant(), rs.getBoolean(10), rs.getString(11)))
			.list();
	}

}
