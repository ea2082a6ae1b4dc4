package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Sending a queued reply failed.
 *
 * @param nextAttemptAt when the outbox tries again, or null when it has given up
 */
public record ReplyFailed(WorkspaceId workspace, ConversationId conversation, OutgoingId outgoing, String reason,
		int attempts, @Nullable Instant nextAttemptAt, Instant failedAt) {
}
