package dev.deskhand.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a Person. */
public record PersonId(@JsonValue UUID value) {
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
