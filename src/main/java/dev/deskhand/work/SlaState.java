package dev.deskhand.work;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An item's SLA as the queue shows it.
 *
 * @param firstResponseDue null when no policy sets the target or once it is met
 * @param nextDue the earliest open due, or null when paused or nothing is open
 */
public record SlaState(@Nullable Instant firstResponseDue, @Nullable Instant nextResponseDue,
		@Nullable Instant resolutionDue, @Nullable Instant nextDue, boolean paused, boolean warned, boolean breached) {

	/** Wall-clock time left until the next due (negative once overdue), or null. */
	public @Nullable Duration timeLeft(Instant now) {
		return nextDue == null ? null : Duration.between(now, nextDue);
	}

}
