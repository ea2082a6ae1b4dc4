package dev.deskhand.timesheets;

import java.util.UUID;

/** A time entry's id. */
public record TimeEntryId(UUID value) {

	public static TimeEntryId random() {
		return new TimeEntryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
