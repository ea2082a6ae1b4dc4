package dev.deskhand.inbox;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a message in the outbox, from queueing until it is sent or given up. */
public record OutgoingId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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
