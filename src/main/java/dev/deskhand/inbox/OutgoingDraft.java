package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing message as {@link OutgoingMailDecorator}s see it at queue time.
 *
 * @param conversation null for system mail outside a conversation
 * @param headers extra headers to send (names starting with {@code X-}); decorators may
 * add some
 */
public record OutgoingDraft(WorkspaceId workspace, MailboxId mailbox, @Nullable ConversationId conversation,
		OutgoingId outgoing, List<String> to, String subject, String body, boolean automatic,
		Map<String, String> headers) {

	public OutgoingDraft {
		to = List.copyOf(to);
		headers = Map.copyOf(headers);
	}

	public OutgoingDraft withBody(String newBody) {
		return new OutgoingDraft(workspace, mailbox, conversation, outgoing, to, subject, newBody, automatic, headers);
	}

	public OutgoingDraft withHeader(String name, String value) {
		if (!name.regionMatches(true, 0, "X-", 0, 2)) {
			throw new IllegalArgumentException("Decorators may add X- headers only, not " + name);
		}
		var more = new java.util.LinkedHashMap<>(headers);
		more.put(name, value);
		return new OutgoingDraft(workspace, mailbox, conversation, outgoing, to, subject, body, automatic, more);
	}

}
