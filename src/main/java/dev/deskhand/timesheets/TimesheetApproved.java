package dev.deskhand.timesheets;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.time.LocalDate;

/** A manager approved a member's week: its entries can be billed. */
public record TimesheetApproved(WorkspaceId workspace, MemberId member, LocalDate weekStart, MemberId approvedBy,
		Instant at) {
}
