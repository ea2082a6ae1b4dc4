package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/**
 * A new message was stored (exactly once) and threaded into a conversation.
 *
 * @param mailboxAddress the workspace mailbox's address, which is also its scope key
 * (mailbox:ADDRESS)
 * @param automated true for auto-replies, bulk and list mail (Auto-Submitted, Precedence:
 * bulk/list/junk, List-Id, ...): listeners must never answer these automatically, so no
 * reply loop can start
 */
public record EmailReceived(WorkspaceId workspace, MailboxId mailbox, String mailboxAddress,
		ConversationId conversation, MessageId message, String fromAddress, String fromName, String subject,
		Instant receivedAt, boolean automated) {
}
