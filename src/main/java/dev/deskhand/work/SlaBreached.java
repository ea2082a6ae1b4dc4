package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** An item missed an SLA target; published once per target. */
public record SlaBreached(WorkspaceId workspace, WorkItemId item, SlaTarget target, Instant due) {
}
