package dev.deskhand.timesheets;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A finished time entry of an approved week, as billing reads it.
 *
 * @param workItem the work item it was spent on, or null for free time
 * @param itemReference the item's reference (e.g. {@code W-1042}) when recorded, or null
 * @param itemTitle the item's title when recorded, or null
 * @param workType the item's type when recorded, or null
 * @param partyName the customer or carrier the item was about, or null
 */
public record ApprovedTime(UUID entry, MemberId member, @Nullable UUID workItem, @Nullable String itemReference,
		@Nullable String itemTitle, @Nullable String workType, @Nullable String partyName, Instant startedAt,
		Instant endedAt, boolean billable, String note) {
}
