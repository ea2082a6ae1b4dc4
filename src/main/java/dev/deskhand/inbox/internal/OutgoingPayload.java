package dev.deskhand.inbox.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the outbox keeps to build the message when it is sent (stored as jsonb).
 *
 * @param attachments document ids, read from the documents module when sending
 * @param cc copies, in the Cc header; null in rows queued before copies existed
 * @param bcc blind copies: recipients of the SMTP envelope only, never in a header
 */
public record OutgoingPayload(String fromAddress, String fromName, List<String> to, String subject, String body,
		@Nullable String inReplyTo, List<String> references, List<String> attachments, Map<String, String> headers,
		@Nullable String author, @Nullable List<String> cc, @Nullable List<String> bcc) {

	public List<String> copies() {
		return cc == null ? List.of() : cc;
	}

	public List<String> blindCopies() {
		return bcc == null ? List.of() : bcc;
	}

}
