package dev.deskhand.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Invitation. */
public record InvitationId(@JsonValue UUID value) {
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public InvitationId {
		Objects.requireNonNull(value, "value");
	}

	public static InvitationId random() {
		return new InvitationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
