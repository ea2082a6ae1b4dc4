package dev.deskhand.timesheets;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.time.LocalDate;

/** A manager reopened an approved week, with a reason: it is no longer billable. */
public record TimesheetReopened(WorkspaceId workspace, MemberId member, LocalDate weekStart, MemberId reopenedBy,
		String reason, Instant at) {
}
