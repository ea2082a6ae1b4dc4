package dev.deskhand.inbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.deskhand.shared.Text;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message in the outbox, as the item that queued it shows it.
 *
 * @param nextAttemptAt when the outbox tries again (for QUEUED after a failure)
 * @param lastError why the last attempt failed, in English (for the API and logs); null
 * if none did
 * @param lastReason the same as a text of the bundles, shown in the reader's language;
 * null if none did (or it failed before reasons were kept as texts)
 * @param held QUEUED and waiting for its mailbox to be connected (enabled, with a
 * credential): sent as soon as it is
 */
public record OutgoingView(OutgoingId id, @Nullable ConversationId conversation, String rfcMessageId, Status status,
		int attempts, Instant nextAttemptAt, @Nullable String lastError, @JsonIgnore @Nullable Text lastReason,
		List<String> to, String subject, boolean automatic, Instant createdAt, @Nullable Instant sentAt, boolean held) {

	/** QUEUED waits to be sent (again); SENDING is being sent; FAILED was given up. */
	public enum Status {

		QUEUED, SENDING, SENT, FAILED

	}

}
