package dev.deskhand.hiring.interviews;

import dev.deskhand.workspace.WorkingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Interview times inside both sides' working weeks, each in its own zone: a start is
 * possible when the whole interview lies inside one period of the interviewer's week and
 * one of the bidder's. Pure arithmetic on instants, so daylight-saving changes on either
 * side are taken as they fall.
 */
public final class InterviewSlots {

	/** Suggested starts fall on the half hour. */
	static final Duration STEP = Duration.ofMinutes(30);

	private InterviewSlots() {
	}

	/**
	 * Whether {@code [start, start + length)} lies inside one period of {@code week} read
	 * in {@code zone}. A period open until midnight takes an interview that ends exactly
	 * at midnight.
	 */
	public static boolean inside(List<WorkingPeriod> week, ZoneId zone, Instant start, Duration length) {
		ZonedDateTime from = start.atZone(zone);
		ZonedDateTime to = start.plus(length).atZone(zone);
		boolean endsAtMidnight = to.toLocalTime().equals(LocalTime.MIDNIGHT)
				&& to.toLocalDate().equals(from.toLocalDate().plusDays(1));
		if (!endsAtMidnight && !to.toLocalDate().equals(from.toLocalDate())) {
			return false;
		}
		LocalTime end = endsAtMidnight ? WorkingPeriod.END_OF_DAY : to.toLocalTime();
		for (WorkingPeriod p : week) {
			if (p.day() == from.getDayOfWeek() && !from.toLocalTime().isBefore(p.starts())
					&& (endsAtMidnight ? p.untilMidnight() : !end.isAfter(p.ends()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Up to {@code max} starts from {@code after} (rounded up to the half hour) on,
	 * within {@code days} days, inside both weeks; at most {@code perDay} on one day of
	 * the interviewer's, spread over the day.
	 */
	public static List<Instant> suggest(List<WorkingPeriod> interviewer, ZoneId interviewerZone,
			List<WorkingPeriod> bidder, ZoneId bidderZone, Instant after, int days, Duration length, int max,
			int perDay) {
		List<Instant> out = new ArrayList<>();
		Instant t = roundUp(after);
		Instant until = after.plus(days, ChronoUnit.DAYS);
		List<Instant> day = new ArrayList<>();
		java.time.LocalDate current = null;
		while (t.isBefore(until) && out.size() < max) {
			java.time.LocalDate d = t.atZone(interviewerZone).toLocalDate();
			if (!d.equals(current)) {
				take(day, perDay, out, max);
				day.clear();
				current = d;
			}
			if (inside(interviewer, interviewerZone, t, length) && inside(bidder, bidderZone, t, length)) {
				day.add(t);
			}
			t = t.plus(STEP);
		}
		take(day, perDay, out, max);
		return out;
	}

	/** Spreads a day's possible starts: the first, the last, and evenly between. */
	private static void take(List<Instant> day, int perDay, List<Instant> out, int max) {
		if (day.isEmpty()) {
			return;
		}
		int n = Math.min(perDay, day.size());
		for (int i = 0; i < n && out.size() < max; i++) {
			int index = n == 1 ? 0 : (int) Math.round(i * (day.size() - 1) / (double) (n - 1));
			Instant pick = day.get(index);
			if (!out.contains(pick)) {
				out.add(pick);
			}
		}
	}

	static Instant roundUp(Instant at) {
		long step = STEP.toSeconds();
		long s = at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
		long rounded = (s + step - 1) / step * step;
		return Instant.ofEpochSecond(rounded);
	}

}
