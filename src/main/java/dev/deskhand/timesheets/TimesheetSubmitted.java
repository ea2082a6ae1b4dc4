package dev.deskhand.timesheets;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.time.LocalDate;

/** A member submitted their week for approval; its entries are locked. */
public record TimesheetSubmitted(WorkspaceId workspace, MemberId member, LocalDate weekStart, Instant at) {
}
