package dev.deskhand.documents;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored document. Never null inside. */
public record DocumentId(UUID value) {
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
