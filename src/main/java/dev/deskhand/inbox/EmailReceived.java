package dev.deskhand.inbox;

import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A new message was stored (exactly once) and threaded into a conversation.
 *
 * @param mailboxAddress the workspace mailbox's address, which is also its scope key
 * (mailbox:ADDRESS)
 * @param automated true for auto-replies, bulk and list mail (Auto-Submitted, Precedence:
 * bulk/list/junk, List-Id, ...): listeners must never answer these automatically, so no
 * reply loop can start
 * @param party the customer or carrier the conversation is with (matched by the first
 * matching sender's address, then domain), or null
 */
public record EmailReceived(WorkspaceId workspace, MailboxId mailbox, String mailboxAddress,
		ConversationId conversation, MessageId message, String fromAddress, String fromName, String subject,
		Instant receivedAt, boolean automated, @Nullable PartyId party) {

	/** A message of a conversation with no known party. */
	public EmailReceived(WorkspaceId workspace, MailboxId mailbox, String mailboxAddress, ConversationId conversation,
			MessageId message, String fromAddress, String fromName, String subject, Instant receivedAt,
			boolean automated) {
		this(workspace, mailbox, mailboxAddress, conversation, message, fromAddress, fromName, subject, receivedAt,
				automated, null);
	}

}
