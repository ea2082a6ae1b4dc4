package dev.deskhand.inbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message in the outbox, as the item that queued it shows it.
 *
 * @param nextAttemptAt when the outbox tries again (for QUEUED after a failure)
 * @param lastError why the last attempt failed; null if none did
 * @param held QUEUED and waiting for its mailbox to be connected (enabled, with a
 * credential): sent as soon as it is
 */
public record OutgoingView(OutgoingId id, @Nullable ConversationId conversation, String rfcMessageId, Status status,
		int attempts, Instant nextAttemptAt, @Nullable String lastError, List<String> to, String subject,
		boolean automatic, Instant createdAt, @Nullable Instant sentAt, boolean held) {

	/** QUEUED waits to be sent (again); SENDING is being sent; FAILED was given up. */
	public enum Status {

		QUEUED, SENDING, SENT, FAILED

	}

}
