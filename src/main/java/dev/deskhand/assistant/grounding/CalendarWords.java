package dev.deskhand.assistant.grounding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Month and weekday names in Danish, German and English, and the readings of a date. */
final class CalendarWords {

	/** Longer spellings first, so the alternation takes the whole word. */
	static final String MONTHS = "januar|january|jänner|jaenner|februar|february|marts|märz|maerz|march|april|maj|mai|may"
			+ "|juni|june|juli|july|august|september|oktober|october|november|december|dezember"
			+ "|jan|feb|mär|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec|dez";

	static final String WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|montag|dienstag|mittwoch"
			+ "|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

	/** Abbreviated weekdays, read only right next to a date. */
	static final String WEEKDAYS_SHORT = WEEKDAYS + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so";

	private static final Map<String, Integer> MONTH = new HashMap<>();

	private static final Map<String, DayOfWeek> WEEKDAY = new HashMap<>();

	static {
		String[][] months = { { "jan", "januar", "january", "jänner", "jaenner" }, { "feb", "februar", "february" },
				{ "mar", "mär", "marts", "märz", "maerz", "march" }, { "apr", "april" }, { "maj", "mai", "may" },
				{ "jun", "juni", "june" }, { "jul", "juli", "july" }, { "aug", "august" },
				{ "sep", "sept", "september" }, { "okt", "oct", "oktober", "october" }, { "nov", "november" },
				{ "dec", "dez", "december", "dezember" } };
		for (int m = 0; m < 12; m++) {
			for (String name : months[m]) {
				MONTH.put(name, m + 1);
			}
		}
		String[][] days = { { "mandag", "montag", "monday", "mon", "mo" },
				{ "tirsdag", "dienstag", "tuesday", "tue", "tues", "di" },
				{ "onsdag", "mittwoch", "wednesday", "wed", "mi" },
				{ "torsdag", "donnerstag", "thursday", "thu", "thur", "thurs", "do" },
				{ "fredag", "freitag", "friday", "fri", "fr" },
				{ "lørdag", "samstag", "sonnabend", "saturday", "sat", "sa" },
				{ "søndag", "sonntag", "sunday", "sun", "so" } };
		for (int d = 0; d < 7; d++) {
			for (String name : days[d]) {
				WEEKDAY.put(name, DayOfWeek.of(d + 1));
			}
		}
	}

	private CalendarWords() {
	}

	static @Nullable Integer month(String name) {
		return MONTH.get(name.toLowerCase(java.util.Locale.ROOT));
	}

	static @Nullable DayOfWeek weekday(String name) {
		return WEEKDAY.get(name.toLowerCase(java.util.Locale.ROOT));
	}

	/** The date with that day and month nearest to {@code today}; null if none exists. */
	static @Nullable LocalDate nearest(int month, int day, LocalDate today) {
		LocalDate best = null;
		for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
			LocalDate d = date(y, month, day);
			if (d != null && (best == null || Math.abs(d.toEpochDay() - today.toEpochDay()) < Math
				.abs(best.toEpochDay() - today.toEpochDay()))) {
				best = d;
			}
		}
		return best;
	}

	static @Nullable LocalDate date(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	static int year(String written) {
		int y = Integer.parseInt(written);
		return written.length() == 2 ? 2000 + y : y;
	}

	static String key(LocalDate d) {
		return "date:" + d;
	}

	static String week(LocalDate d) {
		return "week:" + d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

}
