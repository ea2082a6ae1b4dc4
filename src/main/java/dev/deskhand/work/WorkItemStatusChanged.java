package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** A work item's status changed. */
public record WorkItemStatusChanged(WorkspaceId workspace, WorkItemId item, WorkStatus from, WorkStatus to,
		Instant at) {
}
