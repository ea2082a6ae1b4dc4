package dev.deskhand.inbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a conversation: the thread of messages that one work item handles. */
public record ConversationId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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
