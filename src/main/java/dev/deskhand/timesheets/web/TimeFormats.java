package dev.deskhand.timesheets.web;

import dev.deskhand.timesheets.internal.Weeks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Hours, days and weeks as people read them (templates: {@code @timeFmt}): durations as
 * {@code 7:05}, dates in the reader's language, clock times in the week's zone.
 */
@Component("timeFmt")
class TimeFormats {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	TimeFormats(Clock clock) {
		this.clock = clock;
	}

	/** Minutes as hours and minutes: {@code 7:05}. */
	public String hours(long minutes) {
		return (minutes / 60) + ":" + (minutes % 60 < 10 ? "0" : "") + (minutes % 60);
	}

	/** Hours with two decimals, for charts and CSV. */
	public double decimal(long minutes) {
		return Math.round(minutes / 60.0 * 100) / 100.0;
	}

	/** Elapsed time since {@code start}, as {@code 1:02:03}. */
	public String elapsed(Instant start) {
		long s = Math.max(0, Duration.between(start, clock.instant()).getSeconds());
		return (s / 3600) + ":" + two((s / 60) % 60) + ":" + two(s % 60);
	}

	public String date(@Nullable LocalDate day) {
		return day == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
					.withLocale(LocaleContextHolder.getLocale())
					.format(day);
	}

	public String weekday(LocalDate day) {
		return day.getDayOfWeek().getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale());
	}

	public String shortWeekday(LocalDate day) {
		return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, LocaleContextHolder.getLocale());
	}

	/** A clock time in {@code zone}: {@code 09:30}. */
	public String clock(@Nullable Instant at, ZoneId zone) {
		return at == null ? "" : CLOCK.format(at.atZone(zone));
	}

	public int weekNumber(LocalDate monday) {
		return Weeks.number(monday);
	}

	public String weekYear(LocalDate monday) {
		return String.valueOf(Weeks.year(monday));
	}

	public long epochMillis(Instant at) {
		return at.toEpochMilli();
	}

	private static String two(long n) {
		return (n < 10 ? "0" : "") + n;
	}

}
