package dev.deskhand.workspace;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One period of a member's regular working week, in the member's own time zone. */
public record WorkingPeriod(DayOfWeek day, LocalTime starts, LocalTime ends) {
	public WorkingPeriod {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(starts, "starts");
		Objects.requireNonNull(ends, "ends");
		if (!ends.isAfter(starts)) {
			throw new IllegalArgumentException("A working period must end after it starts");
		}
	}
}
