package dev.deskhand.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Member. */
public record MemberId(@JsonValue UUID value) {
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public MemberId {
		Objects.requireNonNull(value, "value");
	}

	public static MemberId random() {
		return new MemberId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
