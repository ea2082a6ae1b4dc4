package dev.deskhand.timesheets.internal;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.timesheets.NewTimeEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The rules every recorded span obeys, before any row is written: it ends after it
 * starts, lasts at most a day, lies in the past, and its note fits. A timer left running
 * is cut at the end of the person's day or after 12 hours, whichever is first.
 */
public final class EntryRules {

	/** The longest entry a person may record. */
	public static final Duration LONGEST = Duration.ofHours(24);

	/** The longest a timer runs before Deskhand stops and flags it. */
	public static final Duration LONGEST_TIMER = Duration.ofHours(12);

	/** Clock skew tolerated for "not in the future". */
	private static final Duration SKEW = Duration.ofMinutes(1);

	private EntryRules() {
	}

	/** Refuses a span that breaks a rule, naming its field. */
	public static void check(NewTimeEntry n, Instant now) {
		if (!n.endedAt().isAfter(n.startedAt())) {
			throw new InvalidInputException("/endedAt", Text.of("time.error.endBeforeStart"));
		}
		if (Duration.between(n.startedAt(), n.endedAt()).compareTo(LONGEST) > 0) {
			throw new InvalidInputException("/endedAt", Text.of("time.error.tooLong"));
		}
		if (n.startedAt().isAfter(now.plus(SKEW))) {
			throw new InvalidInputException("/startedAt", Text.of("time.error.future"));
		}
		if (n.endedAt().isAfter(now.plus(SKEW))) {
			throw new InvalidInputException("/endedAt", Text.of("time.error.future"));
		}
		note(n.note());
	}

	/** The note, stripped; refused over 2,000 characters. */
	public static String note(@Nullable String note) {
		String s = note == null ? "" : note.strip();
		if (s.length() > 2000) {
			throw new InvalidInputException("/note", Text.of("time.error.note"));
		}
		return s;
	}

	/**
	 * When a timer started at {@code start} should have stopped at the latest: the end of
	 * that day in {@code zone}, or 12 hours after its start.
	 */
	public static Instant cutoff(Instant start, ZoneId zone) {
		Instant midnight = Weeks.endOfDay(start, zone);
		Instant twelve = start.plus(LONGEST_TIMER);
		return midnight.isBefore(twelve) ? midnight : twelve;
	}

}
