package dev.deskhand.hiring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a job post. */
public record JobPostId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public JobPostId {
		Objects.requireNonNull(value, "value");
	}

	public static JobPostId random() {
		return new JobPostId(UUID.randomUUID());
	}

	public static JobPostId parse(String text) {
		return new JobPostId(UUID.fromString(text));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
