package dev.deskhand.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace (one client business). Never null inside. */
public record WorkspaceId(UUID value) {
	public WorkspaceId {
		Objects.requireNonNull(value, "value");
	}

	public static WorkspaceId of(String value) {
		return new WorkspaceId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
