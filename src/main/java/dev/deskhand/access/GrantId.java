package dev.deskhand.access;

import java.util.Objects;
import java.util.UUID;

/** Identifies a grant. */
public record GrantId(UUID value) {
	public GrantId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
