package dev.deskhand.inbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stored message, received or sent (not its RFC 5322 Message-ID). */
public record MessageId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public MessageId {
		Objects.requireNonNull(value, "value");
	}

	public static MessageId random() {
		return new MessageId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
