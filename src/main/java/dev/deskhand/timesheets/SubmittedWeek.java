package dev.deskhand.timesheets;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A week waiting for a decision (or decided), as the approvals page lists it. */
public record SubmittedWeek(MemberId member, String memberName, LocalDate weekStart, TimesheetStatus status,
		@Nullable Instant submittedAt, long minutes) {
}
