package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An in-app notification for a member: an escalation or a mention.
 *
 * @param text the escalation's sentence in the member's language, or the mentioning
 * note's excerpt
 * @param actorName who mentioned them (null for escalations)
 * @param read whether the member marked it read
 */
public record NotificationView(long id, WorkspaceId workspace, String workspaceSlug, String workspaceName,
		WorkItemId item, String reference, String title, NotificationKind kind, @Nullable String actorName, String text,
		Instant createdAt, boolean read) {
}
