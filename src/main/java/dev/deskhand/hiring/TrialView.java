package dev.deskhand.hiring;

import dev.deskhand.work.ResolvedItem;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hired assistant's trial: the post's targets against what the assistant did since
 * joining (from their work items), and the days left.
 *
 * @param targetFirstResponseMinutes the post's first-response target, null for none
 * @param targetItemsPerWeek the post's items-per-week target, null for none
 * @param targets the post's other targets as written
 * @param daysLeft days from today to the trial's last day (0 on it, negative after it)
 * @param answered items whose first reply was the assistant's
 * @param medianFirstResponseMinutes median minutes from an item's creation to the
 * assistant's first reply on it, null without any
 * @param p90FirstResponseMinutes the 90th percentile of the same, null without any
 * @param resolved items the assistant resolved (first resolution)
 * @param resolvedPerWeek resolved items per week of the trial so far (at least one week
 * counted)
 * @param firstResolved the first items the assistant resolved (at most
 * {@value #FIRST_RESOLVED}), for the manager's review
 */
public record TrialView(HireView hire, @Nullable Integer targetFirstResponseMinutes,
		@Nullable Integer targetItemsPerWeek, String targets, long daysLeft, int answered,
		@Nullable Long medianFirstResponseMinutes, @Nullable Long p90FirstResponseMinutes, int resolved,
		double resolvedPerWeek, @Nullable LocalDate since, List<ResolvedItem> firstResolved) {

	public static final int FIRST_RESOLVED = 10;

	public TrialView {
		firstResolved = List.copyOf(firstResolved);
	}

}
