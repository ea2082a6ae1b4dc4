package dev.deskhand.timesheets;

import dev.deskhand.work.WorkItemId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A finished span of work typed in (or an entry's new values).
 *
 * @param workItem the item it was spent on, or null for free time
 * @param note what was done; null is empty
 */
public record NewTimeEntry(Instant startedAt, Instant endedAt, @Nullable WorkItemId workItem, boolean billable,
		@Nullable String note) {
}
