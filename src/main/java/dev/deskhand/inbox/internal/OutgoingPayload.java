package dev.deskhand.inbox.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the outbox keeps to build the message when it is sent (stored as jsonb).
 *
 * @param attachments document ids, read from the documents module when sending
 */
public record OutgoingPayload(String fromAddress, String fromName, List<String> to, String subject, String body,
		@Nullable String inReplyTo, List<String> references, List<String> attachments, Map<String, String> headers,
		@Nullable String author) {
}
