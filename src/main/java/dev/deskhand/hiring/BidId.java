package dev.deskhand.hiring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a bid on a job post. */
public record BidId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public BidId {
		Objects.requireNonNull(value, "value");
	}

	public static BidId random() {
		return new BidId(UUID.randomUUID());
	}

	public static BidId parse(String text) {
		return new BidId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
