package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** A work item was created. */
public record WorkItemCreated(WorkspaceId workspace, WorkItemId item, String type, WorkSource source,
		Instant createdAt) {
}
