package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task that becomes a work item on every occurrence of its schedule.
 *
 * @param schedule a cron expression with seconds ({@code 0 0 15 * * FRI} is every Friday
 * at 15:00), read in {@code timeZone}
 */
public record RecurringTaskView(UUID id, String schedule, String timeZone, String type, String title, Priority priority,
		@Nullable MemberId assignee, Instant nextRunAt, boolean active) {
}
