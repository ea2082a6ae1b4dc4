package dev.deskhand.inbox;

import dev.deskhand.documents.DocumentId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person writes in the composer: recipients as typed (each entry may hold several
 * addresses separated by commas or semicolons), the text without signature, and the
 * documents to attach.
 *
 * @param to empty on a reply: then it goes to the sender (or Reply-To) of the latest
 * received message
 * @param bcc blind copies: sent to, never named in a header
 * @param requestKey optional; the same key again returns the message queued the first
 * time (a form sent twice, an API call retried) and queues nothing
 */
public record OutgoingMail(List<String> to, List<String> cc, List<String> bcc, String body,
		List<DocumentId> attachments, @Nullable String requestKey) {

	public OutgoingMail {
		to = List.copyOf(to);
		cc = List.copyOf(cc);
		bcc = List.copyOf(bcc);
		attachments = List.copyOf(attachments);
	}

	/** A plain reply to the sender. */
	public static OutgoingMail reply(String body) {
		return new OutgoingMail(List.of(), List.of(), List.of(), body, List.of(), null);
	}

}
