package dev.deskhand.inbox;

import java.time.Instant;

/**
 * A conversation as a list shows it: its subject, who wrote its latest received message
 * (its latest message when none was received) and when its last message came.
 */
public record ConversationSummary(ConversationId id, String subject, String fromName, String fromAddress,
		Instant lastMessageAt) {

	/**
	 * {@code Name <address>}, or the address alone (as a search hit names the sender).
	 */
	public String sender() {
		return fromName.isBlank() ? fromAddress : fromName + " <" + fromAddress + ">";
	}

}
