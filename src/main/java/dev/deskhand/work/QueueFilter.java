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
 * @param snoozed only snoozed items (else snoozed ones are left out of every view but the
 * done ones)
 * @param party only items about a customer or carrier whose name starts with or contains
 * this, whatever its case; null for any
 */
public record QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
		@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses, boolean snoozed,
		@Nullable String party) {

	public QueueFilter {
		statuses = Set.copyOf(statuses);
		party = party == null || party.isBlank() ? null : party.strip();
	}

	public QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
			@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses) {
		this(mine, unassigned, breachingWithin, type, tag, customer, statuses, false, null);
	}

	public QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
			@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses, boolean snoozed) {
		this(mine, unassigned, breachingWithin, type, tag, customer, statuses, snoozed, null);
	}

	public static QueueFilter open() {
		return new QueueFilter(false, false, null, null, null, null, Set.of());
	}

	/** This filter, limited to items about {@code party} (names as above). */
	public QueueFilter withParty(@Nullable String party) {
		return new QueueFilter(mine, unassigned, breachingWithin, type, tag, customer, statuses, snoozed, party);
	}

}
