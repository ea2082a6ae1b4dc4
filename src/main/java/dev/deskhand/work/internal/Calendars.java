package dev.deskhand.work.internal;

import dev.deskhand.shared.InTransaction;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.CalendarView;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each workspace's business calendar. Until a workspace sets one, it is Monday to Friday
 * 09:00-17:00 in the workspace's time zone, closed on the public holidays of its country
 * and subdivision.
 */
@Repository
public class Calendars {

	static final String DEFAULT_WEEK = "mon-fri 09:00-17:00";

	private final JdbcClient jdbc;

	private final WorkspaceManagement workspaces;

	Calendars(JdbcClient jdbc, WorkspaceManagement workspaces) {
		this.jdbc = jdbc;
		this.workspaces = workspaces;
	}

	public CalendarView view(WorkspaceId workspace) {
		return stored(workspace).orElseGet(() -> {
			WorkspaceView ws = workspaces.findWorkspace(workspace).orElseThrow();
			return new CalendarView(ws.timeZone().getId(), DEFAULT_WEEK, ws.country(), ws.subdivision(), List.of());
		});
	}

	/** The workspace's calendar, read once per transaction. */
	public BusinessCalendar of(WorkspaceId workspace) {
		return InTransaction.cached(BusinessCalendar.class, workspace, () -> toCalendar(view(workspace)));
	}

	public static BusinessCalendar toCalendar(CalendarView v) {
		return new BusinessCalendar(ZoneId.of(v.timeZone()), WorkingPeriod.parseWeek(v.weeklyHours()), v.country(),
				v.subdivision(), new HashSet<>(v.closedDays()));
	}

	public void save(WorkspaceId workspace, CalendarView v, Instant now) {
		InTransaction.forget(BusinessCalendar.class, workspace);
		jdbc.sql(
				"""
						insert into work.calendar (workspace_id, time_zone, weekly, country, subdivision, closed_days, updated_at)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (workspace_id) do update set time_zone = excluded.time_zone, weekly = excluded.weekly,
						    country = excluded.country, subdivision = excluded.subdivision,
						    closed_days = excluded.closed_days, updated_at = excluded.updated_at""")
			.params(workspace.value(), v.timeZone(), v.weeklyHours(), v.country(), v.subdivision(),
					v.closedDays().stream().map(Date::valueOf).toArray(Date[]::new), Timestamp.from(now))
			.update();
	}

	private Optional<CalendarView> stored(WorkspaceId workspace) {
		return jdbc
			.sql("select time_zone, weekly, country, subdivision, closed_days from work.calendar "
					+ "where workspace_id = ?")
			.param(workspace.value())
			.query((rs, n) -> new CalendarView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Arrays.stream((Date[]) rs.getArray(5).getArray()).map(Date::toLocalDate).toList()))
			.optional();
	}

}
