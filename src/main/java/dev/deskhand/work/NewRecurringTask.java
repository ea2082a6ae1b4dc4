package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * A recurring task to add; {@code timeZone} null uses the workspace's business calendar
 * zone.
 */
public record NewRecurringTask(String schedule, @Nullable String timeZone, String type, String title,
		@Nullable Priority priority, @Nullable MemberId assignee) {
}
