package dev.deskhand.inbox;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored message, received or sent (not its RFC 5322 Message-ID). */
public record MessageId(UUID value) {

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
