package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** An item passed the warning share of an SLA target; published once per target. */
public record SlaWarning(WorkspaceId workspace, WorkItemId item, SlaTarget target, Instant due) {
}
