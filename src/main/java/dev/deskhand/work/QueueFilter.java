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
 * @param intent only items whose e-mail the assistant read as this intent code (e.g.
 * {@code complaint}); null for any
 * @param language only items whose e-mail is in this language ({@code da}, {@code de},
 * {@code en}, {@code other}); null for any
 */
public record QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
		@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses, boolean snoozed,
		@Nullable String party, @Nullable String intent, @Nullable String language) {

	public QueueFilter {
		statuses = Set.copyOf(statuses);
		party = party == null || party.isBlank() ? null : party.strip();
		intent = intent == null || intent.isBlank() ? null : intent.strip().toLowerCase(java.util.Locale.ROOT);
		language = language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public QueueFilter(boolean mine, boolean unassigned, @Nullable Duration breachingWithin, @Nullable String type,
			@Nullable String tag, @Nullable String customer, Set<WorkStatus> statuses, boolean snoozed,
			@Nullable String party) {
		this(mine, unassigned, breachingWithin, type, tag, customer, statuses, snoozed, party, null, null);
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
		return new QueueFilter(mine, unassigned, breachingWithin, type, tag, customer, statuses, snoozed, party, intent,
				language);
	}

	/**
	 * This filter, limited to items the assistant read as {@code intent} and in
	 * {@code language} (either null or blank for any).
	 */
	public QueueFilter withTriage(@Nullable String intent, @Nullable String language) {
		return new QueueFilter(mine, unassigned, breachingWithin, type, tag, customer, statuses, snoozed, party, intent,
				language);
	}

}
