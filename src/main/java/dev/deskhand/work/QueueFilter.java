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
 * @param breachingWithin only items breaching soon: breached, past their SLA policy's
 * warning share of a target, or whose next due is within this time; null for no such
 * limit
 */
public record QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
		@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses) {

	public QueueFilter {
		statuses = Set.copyOf(statuses);
	}

	public static QueueFilter open() {
		return new QueueFilter(false, false, null, null, null, null, Set.of());
	}

}
