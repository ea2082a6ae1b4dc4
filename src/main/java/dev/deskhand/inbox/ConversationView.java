package dev.deskhand.inbox;

import dev.deskhand.documents.DocumentId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conversation with its messages, oldest first.
 *
 * @param subject the subject of its first message
 */
public record ConversationView(ConversationId id, MailboxId mailbox, String mailboxAddress, String subject,
		Instant startedAt, Instant lastMessageAt, List<MessageView> messages) {

	public ConversationView {
		messages = List.copyOf(messages);
	}

	/** Received ({@code IN}) or sent by Deskhand ({@code OUT}). */
	public enum Direction {

		IN, OUT

	}

	/**
	 * One message as safe text: nothing in it runs or loads anything.
	 *
	 * @param body the new text of the message, safe to show as plain text
	 * @param quoted the quoted history below it (e.g. "> ..." or "On ... wrote:"), for
	 * the UI to collapse; empty when there is none
	 * @param html the message's HTML after sanitising (no scripts, styles, images or
	 * remote content; links open without referrer); null when it had none
	 * @param automatedReason why the message counts as automated (e.g.
	 * {@code Auto-Submitted: auto-replied}); null for a person's mail
	 * @param parseProblem what could not be read properly (unknown charset, broken MIME,
	 * too large); null when it parsed cleanly
	 * @param automaticKind auto-reply, bounce or bulk mail; null for a person's mail
	 * @param bounceRecipient for a received bounce, or a sent message that bounced: the
	 * address that could not be reached, when known
	 * @param bounceReason the receiving server's reason, when known
	 * @param bouncedAt for a sent message: when a bounce for it arrived; null otherwise
	 */
	public record MessageView(MessageId id, Direction direction, @Nullable String rfcMessageId, String fromAddress,
			String fromName, List<String> to, List<String> cc, String subject, @Nullable Instant sentAt,
			Instant receivedAt, String body, String quoted, @Nullable String html, boolean automated,
			@Nullable String automatedReason, @Nullable String parseProblem, List<AttachmentView> attachments,
			@Nullable AutomaticKind automaticKind, @Nullable String bounceRecipient, @Nullable String bounceReason,
			@Nullable Instant bouncedAt) {
	}

	/**
	 * An attachment: stored as a document, or refused with the reason (its type could run
	 * code, it is too large, ...).
	 */
	public record AttachmentView(String name, String contentType, long size, boolean inline,
			@Nullable DocumentId document, @Nullable String refusedReason) {
	}

}
