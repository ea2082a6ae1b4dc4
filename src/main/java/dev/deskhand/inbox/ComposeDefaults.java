package dev.deskhand.inbox;

import java.util.List;

/**
 * What the composer starts with for a conversation: who a reply and a reply-all go to,
 * and the identity the mail goes out with.
 *
 * @param fromName the display name beside the mailbox's address (the person's from-name
 * or the mailbox's)
 * @param signature the signature added below the text (the person's, the mailbox's, or
 * both), placeholders filled in; empty when none
 * @param replyTo the sender (or Reply-To) of the latest received message; empty when
 * nothing was received
 * @param replyAllCc everyone else on that message (To and Cc), without the mailbox's own
 * address and without {@code replyTo}
 */
public record ComposeDefaults(MailboxId mailbox, String mailboxAddress, String fromName, String signature,
		String replyTo, List<String> replyAllCc, String replySubject) {

	public ComposeDefaults {
		replyAllCc = List.copyOf(replyAllCc);
	}

}
