package dev.deskhand.hiring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an interview proposed to a bidder. */
public record InterviewId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public InterviewId {
		Objects.requireNonNull(value, "value");
	}

	public static InterviewId random() {
		return new InterviewId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
