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
 * @param automated true for auto-replies, bounces, bulk and list mail (Auto-Submitted,
 * Precedence: bulk/list/junk, List-Id, delivery reports, ...): listeners must never
 * answer these automatically, so no reply loop can start, nor start a clock for them
 * @param automaticKind which kind of automatic mail; null exactly when not automated
 * @param bounceRecipient for a bounce, the address that could not be reached (when the
 * report says)
 * @param bounceReason for a bounce, the server's reason (Diagnostic-Code, else Status)
 * @param hasAttachments whether the message carries a file (not counting inline parts)
 * @param party the customer or carrier the conversation is with (matched by the first
 * matching sender's address, then domain), or null
 */
public record EmailReceived(WorkspaceId workspace, MailboxId mailbox, String mailboxAddress,
		ConversationId conversation, MessageId message, String fromAddress, String fromName, String subject,
		Instant receivedAt, boolean automated, @Nullable AutomaticKind automaticKind, @Nullable String bounceRecipient,
		@Nullable String bounceReason, boolean hasAttachments, @Nullable PartyId party) {

	/** A message without a known party. */
	public EmailReceived(WorkspaceId workspace, MailboxId mailbox, String mailboxAddress, ConversationId conversation,
			MessageId message, String fromAddress, String fromName, String subject, Instant receivedAt,
			boolean automated, @Nullable AutomaticKind automaticKind, @Nullable String bounceRecipient,
			@Nullable String bounceReason, boolean hasAttachments) {
		this(workspace, mailbox, mailboxAddress, conversation, message, fromAddress, fromName, subject, receivedAt,
				automated, automaticKind, bounceRecipient, bounceReason, hasAttachments, null);
	}

	/** A message without the details of automatic mail, attachments or party. */
	public EmailReceived(WorkspaceId workspace, MailboxId mailbox, String mailboxAddress, ConversationId conversation,
			MessageId message, String fromAddress, String fromName, String subject, Instant receivedAt,
			boolean automated) {
		this(workspace, mailbox, mailboxAddress, conversation, message, fromAddress, fromName, subject, receivedAt,
				automated, automated ? AutomaticKind.AUTO_REPLY : null, null, null, false, null);
	}

}
