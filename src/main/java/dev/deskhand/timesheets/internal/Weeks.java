package dev.deskhand.timesheets.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Week arithmetic in a member's time zone: ISO weeks from Monday 00:00 local time to the
 * next Monday 00:00, so a week with a daylight-saving change has 167 or 169 hours.
 */
public final class Weeks {

	private Weeks() {
	}

	/** The Monday of the ISO week {@code at} falls in, in {@code zone}. */
	public static LocalDate weekStart(Instant at, ZoneId zone) {
		return monday(at.atZone(zone).toLocalDate());
	}

	/** The Monday of the week of {@code day}. */
	public static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** When the week of {@code monday} begins in {@code zone}. */
	public static Instant start(LocalDate monday, ZoneId zone) {
		return monday.atStartOfDay(zone).toInstant();
	}

	/** When the week of {@code monday} ends in {@code zone} (the next week's start). */
	public static Instant end(LocalDate monday, ZoneId zone) {
		return start(monday.plusWeeks(1), zone);
	}

	/** How long the week of {@code monday} is in {@code zone}. */
	public static Duration length(LocalDate monday, ZoneId zone) {
		return Duration.between(start(monday, zone), end(monday, zone));
	}

	/** The next local midnight after {@code at} in {@code zone}: the end of that day. */
	public static Instant endOfDay(Instant at, ZoneId zone) {
		return at.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The ISO week number of the week of {@code monday}. */
	public static int number(LocalDate monday) {
		return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	/** The ISO week-based year of the week of {@code monday}. */
	public static int year(LocalDate monday) {
		return monday.get(IsoFields.WEEK_BASED_YEAR);
	}

}
