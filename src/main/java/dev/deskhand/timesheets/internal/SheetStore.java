package dev.deskhand.timesheets.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.timesheets.SubmittedWeek;
import dev.deskhand.timesheets.TimesheetStatus;
import dev.deskhand.workspace.MemberId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code timesheets.timesheet}: a member's week and the decision on it. */
@Repository
public class SheetStore {

	private final JdbcClient jdbc;

	SheetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A week's row; OPEN without decision when it has none yet. */
	public record Sheet(TimesheetStatus status, @Nullable Instant submittedAt, @Nullable UUID decidedBy,
			@Nullable Instant decidedAt, String comment) {

		static final Sheet NONE = new Sheet(TimesheetStatus.OPEN, null, null, null, "");

	}

	public Sheet get(WorkspaceId workspace, MemberId member, LocalDate weekStart) {
		return read(workspace, member, weekStart, "");
	}

	/** The week's row, locked until the transaction ends (created OPEN if missing). */
	public Sheet lock(WorkspaceId workspace, MemberId member, LocalDate weekStart) {
		jdbc.sql("""
				insert into timesheets.timesheet (workspace_id, member_id, week_start, status, version)
				values (?, ?, ?, 'OPEN', 0) on conflict do nothing""")
			.params(workspace.value(), member.value(), weekStart)
			.update();
		return read(workspace, member, weekStart, " for update");
	}

	private Sheet read(WorkspaceId workspace, MemberId member, LocalDate weekStart, String suffix) {
		return jdbc
			.sql("select status, submitted_at, decided_by, decided_at, comment from timesheets.timesheet "
					+ "where workspace_id = ? and member_id = ? and week_start = ?" + suffix)
			.params(workspace.value(), member.value(), weekStart)
			.query((rs, n) -> new Sheet(TimesheetStatus.valueOf(rs.getString(1)), instant(rs.getTimestamp(2)),
					rs.getObject(3, UUID.class), instant(rs.getTimestamp(4)), rs.getString(5)))
			.optional()
			.orElse(Sheet.NONE);
	}

	/** Sets the week's status and the decision's details. */
	public void set(WorkspaceId workspace, MemberId member, LocalDate weekStart, TimesheetStatus status,
			@Nullable Instant submittedAt, @Nullable MemberId decidedBy, @Nullable Instant decidedAt, String comment) {
		jdbc.sql("""
				update timesheets.timesheet set status = ?, submitted_at = ?, decided_by = ?, decided_at = ?,
				  comment = ?, version = version + 1
				where workspace_id = ? and member_id = ? and week_start = ?""")
			.params(status.name(), ts(submittedAt), decidedBy == null ? null : decidedBy.value(), ts(decidedAt),
					comment, workspace.value(), member.value(), weekStart)
			.update();
	}

	/**
	 * The workspace's weeks in {@code statuses}, oldest first, with their finished
	 * minutes.
	 */
	public List<SubmittedWeek> inStatus(WorkspaceId workspace, List<TimesheetStatus> statuses, int limit) {
		return jdbc
			.sql("""
					select t.member_id, t.week_start, t.status, t.submitted_at,
					  coalesce((select sum(extract(epoch from (e.ended_at - e.started_at)))::bigint / 60
					            from timesheets.time_entry e where e.workspace_id = t.workspace_id
					            and e.member_id = t.member_id and e.week_start = t.week_start
					            and e.ended_at is not null), 0)
					from timesheets.timesheet t where t.workspace_id = ? and t.status in (:statuses)
					order by t.week_start, t.submitted_at limit ?""".replace(":statuses",
					String.join(",", statuses.stream().map(s -> "'" + s.name() + "'").toList())))
			.params(workspace.value(), limit)
			.query((rs, n) -> new SubmittedWeek(new MemberId(rs.getObject(1, UUID.class)), "",
					rs.getObject(2, LocalDate.class), TimesheetStatus.valueOf(rs.getString(3)),
					instant(rs.getTimestamp(4)), rs.getLong(5)))
			.list();
	}

	/**
	 * Past weeks (before {@code before}) of the member with entries that were never
	 * submitted (open or rejected), oldest first.
	 */
	public List<LocalDate> unsubmitted(WorkspaceId workspace, MemberId member, LocalDate before) {
		return jdbc.sql("""
				select distinct e.week_start from timesheets.time_entry e
				left join timesheets.timesheet t on t.workspace_id = e.workspace_id and t.member_id = e.member_id
				  and t.week_start = e.week_start
				where e.workspace_id = ? and e.member_id = ? and e.week_start < ?
				  and (t.status is null or t.status in ('OPEN', 'REJECTED'))
				order by e.week_start limit 10""")
			.params(workspace.value(), member.value(), before)
			.query(LocalDate.class)
			.list();
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static @Nullable Timestamp ts(@Nullable Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

}
