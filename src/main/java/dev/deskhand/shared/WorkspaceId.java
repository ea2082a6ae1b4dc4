package dev.deskhand.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace (one client business). Never null inside. */
public record WorkspaceId(@JsonValue UUID value) {
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
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
