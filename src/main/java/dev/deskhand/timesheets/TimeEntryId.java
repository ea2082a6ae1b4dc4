package dev.deskhand.timesheets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A time entry's id. */
public record TimeEntryId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TimeEntryId {
		Objects.requireNonNull(value, "value");
	}

	public static TimeEntryId random() {
		return new TimeEntryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
