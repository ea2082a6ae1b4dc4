package dev.deskhand.timesheets;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of worked time.
 *
 * @param workItem the work item it was spent on, or null for free time
 * @param itemReference the item's reference when recorded (e.g. {@code W-12}), or null
 * @param itemTitle the item's title when recorded, or null
 * @param workType the item's type when recorded, or null
 * @param partyName the customer or carrier the item was about, or null
 * @param endedAt null while the timer runs
 * @param weekStart the Monday (in the member's zone) of the week it starts in
 * @param needsReview a timer left running, stopped by Deskhand: not billed until
 * confirmed
 */
public record TimeEntryView(TimeEntryId id, WorkspaceId workspace, MemberId member, @Nullable WorkItemId workItem,
		@Nullable String itemReference, @Nullable String itemTitle, @Nullable String workType,
		@Nullable String partyName, Instant startedAt, @Nullable Instant endedAt, LocalDate weekStart, boolean billable,
		String note, EntrySource source, boolean needsReview) {

	public boolean running() {
		return endedAt == null;
	}

	/** Its length; a running timer's until {@code now}. */
	public Duration duration(Instant now) {
		return Duration.between(startedAt, endedAt == null ? now : endedAt);
	}

	public long minutes() {
		return endedAt == null ? 0 : Duration.between(startedAt, endedAt).toMinutes();
	}

}
