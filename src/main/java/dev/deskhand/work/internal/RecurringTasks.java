package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.Priority;
import dev.deskhand.work.RecurringTaskView;
import dev.deskhand.workspace.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Repository;

/** Recurring tasks and their occurrences. */
@Repository
public class RecurringTasks {

	private static final String COLUMNS = "id, workspace_id, schedule, time_zone, type, title, priority, assignee_id, "
			+ "next_run_at, active";

	private final JdbcClient jdbc;

	RecurringTasks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A task as stored, with its workspace. */
	public record Task(WorkspaceId workspace, RecurringTaskView view) {
	}

	public List<RecurringTaskView> of(WorkspaceId workspace) {
		return jdbc.sql("select " + COLUMNS + " from work.recurring_task where workspace_id = ? order by created_at")
			.param(workspace.value())
			.query(RecurringTasks::row)
			.list()
			.stream()
			.map(Task::view)
			.toList();
	}

	public Optional<RecurringTaskView> find(WorkspaceId workspace, UUID id) {
		return of(workspace).stream().filter(t -> t.id().equals(id)).findFirst();
	}

	public void insert(WorkspaceId workspace, RecurringTaskView t, Instant now) {
		jdbc.sql("insert into work.recurring_task (id, workspace_id, schedule, time_zone, type, title, priority, "
				+ "assignee_id, next_run_at, active, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(t.id(), workspace.value(), t.schedule(), t.timeZone(), t.type(), t.title(), t.priority().name(),
					t.assignee() == null ? null : t.assignee().value(), Timestamp.from(t.nextRunAt()), t.active(),
					Timestamp.from(now))
			.update();
	}

	public boolean deactivate(WorkspaceId workspace, UUID id) {
		return jdbc.sql("update work.recurring_task set active = false where workspace_id = ? and id = ?")
			.params(workspace.value(), id)
			.update() == 1;
	}

	/** Claims due tasks, skipping those another instance is running. */
	List<Task> claimDue(Instant now, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from work.recurring_task where active and next_run_at <= ? "
					+ "order by next_run_at limit ? for update skip locked")
			.params(Timestamp.from(now), limit)
			.query(RecurringTasks::row)
			.list();
	}

	/** False when this occurrence was already taken, here or on another instance. */
	boolean claimOccurrence(UUID task, Instant scheduledFor) {
		return jdbc.sql("insert into work.occurrence (task_id, scheduled_for) values (?, ?) on conflict do nothing")
			.params(task, Timestamp.from(scheduledFor))
			.update() == 1;
	}

	void occurred(UUID task, Instant scheduledFor, UUID item) {
		jdbc.sql("update work.occurrence set item_id = ? where task_id = ? and scheduled_for = ?")
			.params(item, task, Timestamp.from(scheduledFor))
			.update();
	}

	void moveTo(UUID task, Instant nextRun) {
		jdbc.sql("update work.recurring_task set next_run_at = ? where id = ?")
			.params(Timestamp.from(nextRun), task)
			.update();
	}

	/** The first occurrence of {@code schedule} after {@code after}, in {@code zone}. */
	public static Instant next(String schedule, ZoneId zone, Instant after) {
		ZonedDateTime next = CronExpression.parse(schedule).next(after.atZone(zone));
		if (next == null) {
			throw new IllegalArgumentException("The schedule never occurs");
		}
		return next.toInstant();
	}

	private static Task row(ResultSet rs, int n) throws SQLException {
		@Nullable UUID assignee = rs.getObject("assignee_id", UUID.class);
		return new Task(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
				new RecurringTaskView(rs.getObject("id", UUID.class), rs.getString("schedule"),
						rs.getString("time_zone"), rs.getString("type"), rs.getString("title"),
						Priority.valueOf(rs.getString("priority")), assignee == null ? null : new MemberId(assignee),
						rs.getTimestamp("next_run_at").toInstant(), rs.getBoolean("active")));
	}

}
