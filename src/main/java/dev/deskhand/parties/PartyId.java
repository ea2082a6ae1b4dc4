package dev.deskhand.parties;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a party (a customer or a carrier). */
public record PartyId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public PartyId {
		Objects.requireNonNull(value, "value");
	}

	public static PartyId random() {
		return new PartyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
