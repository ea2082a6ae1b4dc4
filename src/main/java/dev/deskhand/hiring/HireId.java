package dev.deskhand.hiring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a hire: a bid taken on. */
public record HireId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public HireId {
		Objects.requireNonNull(value, "value");
	}

	public static HireId random() {
		return new HireId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
