package dev.deskhand.inbox;

import java.util.Objects;
import java.util.UUID;

/** Identifies a message in the outbox, from queueing until it is sent or given up. */
public record OutgoingId(UUID value) {

	public OutgoingId {
		Objects.requireNonNull(value, "value");
	}

	public static OutgoingId random() {
		return new OutgoingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
