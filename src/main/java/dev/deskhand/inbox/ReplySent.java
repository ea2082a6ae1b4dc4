package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** A queued reply left the outbox: the SMTP server accepted it. */
public record ReplySent(WorkspaceId workspace, ConversationId conversation, OutgoingId outgoing, MessageId message,
		Instant sentAt) {
}
