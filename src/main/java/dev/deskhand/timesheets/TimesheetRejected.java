package dev.deskhand.timesheets;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.time.LocalDate;

/** A manager sent a member's week back with a comment; it can be changed again. */
public record TimesheetRejected(WorkspaceId workspace, MemberId member, LocalDate weekStart, MemberId rejectedBy,
		String comment, Instant at) {
}
