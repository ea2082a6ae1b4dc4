package dev.deskhand.work;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which items a queue shows. Empty {@code statuses} means every status that is not done
 * (not RESOLVED or CLOSED).
 *
 * @param mine only items assigned to the caller
 * @param unassigned only items without an assignee
 * @param breachingWithin only items whose next due is within this time (or past), or null
 * for no such limit
 * @param snoozed only snoozed items (else snoozed ones are left out of every view but the
 * done ones)
 */
public record QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
		@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses, boolean snoozed) {

	public QueueFilter {
		statuses = Set.copyOf(statuses);
	}

	public QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
			@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses) {
		this(mine, unassigned, breachingWithin, type, tag, customer, statuses, false);
	}

	public static QueueFilter open() {
		return new QueueFilter(false, false, null, null, null, null, Set.of());
	}

}
