package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A work item was assigned (or unassigned: {@code assignee} null). */
public record WorkItemAssigned(WorkspaceId workspace, WorkItemId item, @Nullable MemberId assignee, Instant at) {
}
