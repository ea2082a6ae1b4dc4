package dev.deskhand.timesheets;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A member's week in a workspace: its status, the decision on it and its entries (oldest
 * first).
 *
 * @param zone the member's time zone, in which the week runs from Monday 00:00
 * @param decidedByName who approved or rejected it last, or null
 * @param comment the rejection's comment or the reopen's reason, or empty
 */
public record WeekView(WorkspaceId workspace, MemberId member, String memberName, LocalDate weekStart, ZoneId zone,
		TimesheetStatus status, @Nullable Instant submittedAt, @Nullable String decidedByName,
		@Nullable Instant decidedAt, String comment, List<TimeEntryView> entries) {

	public WeekView {
		entries = List.copyOf(entries);
	}

	/** Minutes of the finished entries. */
	public long totalMinutes() {
		return entries.stream().mapToLong(TimeEntryView::minutes).sum();
	}

	/** Minutes of the finished billable entries. */
	public long billableMinutes() {
		return entries.stream().filter(TimeEntryView::billable).mapToLong(TimeEntryView::minutes).sum();
	}

	/**
	 * Minutes per day, Monday first, by the day each entry starts on in the member's
	 * zone.
	 */
	public long[] minutesByDay() {
		long[] days = new long[7];
		for (TimeEntryView e : entries) {
			int day = e.startedAt().atZone(zone).getDayOfWeek().getValue() - 1;
			days[day] += e.minutes();
		}
		return days;
	}

	public boolean anyNeedsReview() {
		return entries.stream().anyMatch(TimeEntryView::needsReview);
	}

}
