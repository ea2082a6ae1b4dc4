package dev.deskhand.assistant.grounding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates as people write them: ISO ({@code 2026-12-08}, with a time
 * {@code 2026-12-08T14:30}), numeric ({@code 08.12.2026}, {@code 8.12.}, {@code 8/12},
 * {@code 8-12-2026}), with the month's name ({@code 8. december}, {@code 3. März},
 * {@code December 8th, 2026}), each with an optional weekday that must be the date's, and
 * a year, if left out, nearest to today. English reads {@code 8/12} both ways (day first
 * and month first).
 */
final class Dates {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern ISO = Pattern
		.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?)?(?![\\d-])");

	private static final Pattern DOTTED = Pattern
		.compile("(?<![\\d.,])(\\d{1,2})\\.\\h?(\\d{1,2})\\.(?:\\h?(\\d{4}|\\d{2})(?![\\d.,]\\d))?");

	private static final Pattern SLASHED = Pattern
		.compile("(?<![\\d/.,])(\\d{1,2})([/-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![\\d/]|[.,]\\d)");

	private static final Pattern DAY_MONTH = Pattern
		.compile("(?<![\\d.,])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\h*(?:of\\h+)?(" + CalendarWords.MONTHS
				+ ")(?![\\p{L}])\\.?(?:,?\\h+(\\d{4})(?!\\d))?", CI);

	private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])(?=[jfmasondJFMASOND])("
			+ CalendarWords.MONTHS + ")\\.?\\h+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\h+(\\d{4})(?!\\d))?",
			CI);

	private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
			"(?<![\\p{L}])(" + CalendarWords.WEEKDAYS_SHORT + ")(\\.?,?)\\h+(?:(?:den|d\\.|the|der|am|on)\\h+)?$", CI);

	private static final Pattern WEEKDAY_AFTER = Pattern
		.compile("^\\h*\\((" + CalendarWords.WEEKDAYS_SHORT + ")\\.?\\)", CI);

	private Dates() {
	}

	/**
	 * ISO dates and date-times: read before anything else, their digits are unambiguous.
	 */
	static void iso(Scan scan) {
		Matcher m = ISO.matcher(scan.text);
		while (m.find()) {
			LocalDate d = CalendarWords.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			if (d == null) {
				continue;
			}
			if (m.group(4) != null) {
				int h = Integer.parseInt(m.group(4));
				int min = Integer.parseInt(m.group(5));
				if (h > 23 || min > 59) {
					continue;
				}
				LocalDateTime dt = d.atTime(h, min);
				scan.add(m.start(), m.end(), "datetime", dt.toString(),
						List.of("datetime:" + dt, CalendarWords.key(d)));
			}
			else {
				placed(scan, m.start(), m.end(), List.of(d));
			}
		}
	}

	/** Numeric and written dates (after times, so {@code kl. 14.30} is a time). */
	static void written(Scan scan) {
		Matcher m = DAY_MONTH.matcher(scan.text);
		while (m.find()) {
			Integer month = CalendarWords.month(m.group(2));
			// the dot after a month's full name ends the sentence, after "Dec." the
			// abbreviation
			boolean sentenceDot = m.group(3) == null && m.group(2).length() > 4 && m.group().endsWith(".");
			if (month != null) {
				add(scan, m.start(), m.end() - (sentenceDot ? 1 : 0), month, Integer.parseInt(m.group(1)), m.group(3));
			}
		}
		m = MONTH_DAY.matcher(scan.text);
		while (m.find()) {
			Integer month = CalendarWords.month(m.group(1));
			if (month != null) {
				add(scan, m.start(), m.end(), month, Integer.parseInt(m.group(2)), m.group(3));
			}
		}
		m = DOTTED.matcher(scan.text);
		while (m.find()) {
			add(scan, m.start(), m.end(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), m.group(3));
		}
		m = SLASHED.matcher(scan.text);
		while (m.find()) {
			int a = Integer.parseInt(m.group(1));
			int b = Integer.parseInt(m.group(3));
			if (m.group(4) == null && "-".equals(m.group(2))) {
				continue;
			}
			List<LocalDate> dates = new ArrayList<>(2);
			LocalDate dayFirst = resolve(b, a, m.group(4), scan.today);
			if (dayFirst != null) {
				dates.add(dayFirst);
			}
			LocalDate monthFirst = scan.english ? resolve(a, b, m.group(4), scan.today) : null;
			if (monthFirst != null && !monthFirst.equals(dayFirst)) {
				dates.add(monthFirst);
			}
			if (!dates.isEmpty()) {
				placed(scan, m.start(), m.end(), dates);
			}
		}
	}

	private static void add(Scan scan, int start, int end, int month, int day, @Nullable String year) {
		LocalDate d = resolve(month, day, year, scan.today);
		if (d != null) {
			placed(scan, start, end, List.of(d));
		}
	}

	private static @Nullable LocalDate resolve(int month, int day, @Nullable String year, LocalDate today) {
		return year == null ? CalendarWords.nearest(month, day, today)
				: CalendarWords.date(CalendarWords.year(year), month, day);
	}

	/**
	 * Adds the date with a weekday written next to it: one that is not the date's backs
	 * nothing.
	 */
	private static void placed(Scan scan, int start, int end, List<LocalDate> dates) {
		if (!scan.free(start, end)) {
			return;
		}
		int from = start;
		int to = end;
		DayOfWeek said = null;
		Matcher before = WEEKDAY_BEFORE.matcher(scan.text).region(Math.max(0, start - 30), start);
		if (before.find() && shortOk(before.group(1), before.group(2))) {
			said = CalendarWords.weekday(before.group(1));
			from = before.start();
		}
		Matcher after = WEEKDAY_AFTER.matcher(scan.text).region(end, Math.min(scan.text.length(), end + 20));
		if (said == null && after.find()) {
			said = CalendarWords.weekday(after.group(1));
			to = after.end();
		}
		if (!scan.free(from, to)) {
			from = start;
			to = end;
			said = null;
		}
		List<String> readings = new ArrayList<>();
		for (LocalDate d : dates) {
			if (said == null || d.getDayOfWeek() == said) {
				readings.add(CalendarWords.key(d));
			}
		}
		scan.add(from, to, "date", dates.get(0).toString(), readings);
	}

	/**
	 * "Di.", "Mo," : two-letter weekdays only capitalised and with their dot or comma.
	 */
	private static boolean shortOk(String word, String marks) {
		return word.length() > 2 || (Character.isUpperCase(word.charAt(0)) && !marks.isEmpty());
	}

}
