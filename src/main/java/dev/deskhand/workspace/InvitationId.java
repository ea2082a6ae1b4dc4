package dev.deskhand.workspace;

import java.util.Objects;
import java.util.UUID;

/** Identifies a Invitation. */
public record InvitationId(UUID value) {
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
