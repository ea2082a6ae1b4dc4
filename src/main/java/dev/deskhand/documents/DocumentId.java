package dev.deskhand.documents;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stored document. Never null inside. */
public record DocumentId(@JsonValue UUID value) {
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DocumentId {
		Objects.requireNonNull(value, "value");
	}

	public static DocumentId random() {
		return new DocumentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
