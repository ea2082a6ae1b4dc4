package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an item, each applied only when not null. {@code unassign} and
 * {@code clearDue} remove the assignee and due date.
 */
public record WorkItemChange(@Nullable WorkStatus status, @Nullable Priority priority, @Nullable String type,
		@Nullable MemberId assignee, boolean unassign, @Nullable Instant due, boolean clearDue,
		@Nullable List<String> tags) {

	public static WorkItemChange status(WorkStatus status) {
		return new WorkItemChange(status, null, null, null, false, null, false, null);
	}

	public static WorkItemChange priority(Priority priority) {
		return new WorkItemChange(null, priority, null, null, false, null, false, null);
	}

}
