package dev.deskhand.inbox;

import java.util.Objects;
import java.util.UUID;

/** Identifies a conversation: the thread of messages that one work item handles. */
public record ConversationId(UUID value) {

	public ConversationId {
		Objects.requireNonNull(value, "value");
	}

	public static ConversationId random() {
		return new ConversationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
