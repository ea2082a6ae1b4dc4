package dev.deskhand.inbox;

/**
 * A conversation a new e-mail started, and that e-mail in the outbox.
 *
 * @param to its first recipient
 * @param mailboxAddress the mailbox it is sent from
 */
public record NewConversation(ConversationId conversation, OutgoingId outgoing, String subject, String to,
		String mailboxAddress) {
}
