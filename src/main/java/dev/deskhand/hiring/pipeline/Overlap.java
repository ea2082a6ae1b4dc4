package dev.deskhand.hiring.pipeline;

import dev.deskhand.workspace.WorkingPeriod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many hours a week a bidder's working week (in their zone) overlaps the post's
 * overlap window (in the workspace's zone, Monday to Friday). Both are laid on the same
 * reference week as instants, so zones, date lines and daylight-saving changes are taken
 * as they fall in that week.
 */
public final class Overlap {

	private Overlap() {
	}

	/** An interval of instants, start before end. */
	record Span(Instant from, Instant to) {
	}

	/**
	 * The overlap in hours (to the minute) in the workspace week that starts on the
	 * Monday on or after {@code reference}.
	 */
	public static double hoursPerWeek(List<WorkingPeriod> week, ZoneId bidderZone, LocalTime windowStart,
			LocalTime windowEnd, ZoneId workspaceZone, LocalDate reference) {
		LocalDate monday = reference.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		List<Span> windows = new ArrayList<>();
		for (int d = 0; d < 5; d++) {
			LocalDate day = monday.plusDays(d);
			windows.add(span(day, windowStart, windowEnd, workspaceZone));
		}
		// the bidder's days that can touch the workspace's week: a day either side for
		// zones up to 26 hours apart
		List<Span> bidder = new ArrayList<>();
		for (int d = -2; d < 9; d++) {
			LocalDate day = monday.plusDays(d);
			for (WorkingPeriod p : week) {
				if (p.day() == day.getDayOfWeek()) {
					bidder.add(span(day, p.starts(), p.ends(), bidderZone));
				}
			}
		}
		long minutes = 0;
		for (Span w : windows) {
			for (Span b : merged(bidder)) {
				Instant from = w.from().isAfter(b.from()) ? w.from() : b.from();
				Instant to = w.to().isBefore(b.to()) ? w.to() : b.to();
				if (to.isAfter(from)) {
					minutes += Duration.between(from, to).toMinutes();
				}
			}
		}
		return minutes / 60.0;
	}

	/** The span of a period on a day in a zone; 24:00 is the next day's start. */
	static Span span(LocalDate day, LocalTime from, LocalTime to, ZoneId zone) {
		Instant start = ZonedDateTime.of(day, from, zone).toInstant();
		Instant end = to.equals(WorkingPeriod.END_OF_DAY) ? day.plusDays(1).atStartOfDay(zone).toInstant()
				: ZonedDateTime.of(day, to, zone).toInstant();
		return new Span(start, end.isAfter(start) ? end : start);
	}

	private static List<Span> merged(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::from));
		List<Span> out = new ArrayList<>();
		for (Span s : sorted) {
			if (!out.isEmpty() && !s.from().isAfter(out.get(out.size() - 1).to())) {
				Span last = out.remove(out.size() - 1);
				out.add(new Span(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
			}
			else if (s.to().isAfter(s.from())) {
				out.add(s);
			}
		}
		return out;
	}

}
