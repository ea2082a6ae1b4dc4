package dev.deskhand.assistant.grounding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is left that counts: phone numbers ({@code +45 70 20 30 40},
 * {@code 040 123456-78}; backed by any fact with the same digits, so an invented number
 * is caught), percentages, plain numbers (read per language, {@link Numerals};
 * {@code 14.30} may also be a time, a four-digit year is backed by a date in it, digits
 * back a reference of the same digits) and the small number words
 * ({@code to paller, zwei Paletten, three pallets}). A list marker at the start of a line
 * ({@code 1.} or {@code 2)}) is no claim.
 */
final class Numbers {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern PHONE = Pattern
		.compile("(?<![\\p{N}.,])(?:(?:\\+|00)\\d{1,3}[\\h-]?(?:\\(0\\)\\h?)?\\d{1,5}"
				+ "(?:[\\h/-]?\\d{1,5}){1,5}|\\d{2}(?: \\d{2}){3}|0\\d{2,5}(?:[\\h/-]\\d{2,8}){1,4})(?![\\p{N}])");

	private static final String NUMBER = "\\d{1,3}(?:([.,\\u00a0])\\d{3})(?:\\1\\d{3})*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

	private static final Pattern PERCENT = Pattern
		.compile("(?<![\\p{N}.,])(" + NUMBER + ")\\h?(%|procent|prozent|percent|pct\\.?)(?![\\p{L}])", CI);

	private static final Pattern PLAIN = Pattern.compile("(?<![\\p{N}])(?<![\\p{N}][.,])(" + NUMBER + ")(?![\\p{N}])");

	private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[.:](\\d{2})");

	/** "den 8.12" without its closing dot: Danish and German may mean the date. */
	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");

	private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[ \\t]*\\d{1,2}[.)][ \\t]");

	private Numbers() {
	}

	static void phones(Scan scan) {
		Matcher m = PHONE.matcher(scan.text);
		while (m.find()) {
			String digits = m.group().replaceAll("\\D", "");
			if (digits.length() < 8) {
				continue;
			}
			List<String> readings = new ArrayList<>(4);
			readings.add("digits:" + digits);
			boolean international = m.group().startsWith("+") || m.group().startsWith("00");
			String national = m.group().startsWith("00") ? digits.substring(2) : digits;
			for (int cut = 1; international && cut <= 3 && national.length() - cut >= 6; cut++) {
				readings.add("digits:" + national.substring(cut));
				readings.add("digits:0" + national.substring(cut));
			}
			scan.add(m.start(), m.end(), "number", m.group(), readings);
		}
	}

	static void find(Scan scan) {
		Matcher marker = LIST_MARKER.matcher(scan.text);
		while (marker.find()) {
			scan.take(marker.start(), marker.end());
		}
		Matcher m = PERCENT.matcher(scan.text);
		while (m.find()) {
			BigDecimal v = Numerals.parse(m.group(1), scan.english);
			if (v != null) {
				scan.add(m.start(), m.end(), "number", Numerals.canonical(v),
						List.of("number:" + Numerals.canonical(v)));
			}
		}
		m = PLAIN.matcher(scan.text);
		while (m.find()) {
			plain(scan, m.start(), m.end(), m.group(1));
		}
		for (int[] w : scan.words()) {
			Integer v = w[1] - w[0] <= 7 ? Numerals.word(scan.text.substring(w[0], w[1]), scan.language) : null;
			if (v != null) {
				scan.add(w[0], w[1], "number", v.toString(), List.of("number:" + v));
			}
		}
	}

	private static void plain(Scan scan, int start, int end, String written) {
		BigDecimal v = Numerals.parse(written, scan.english);
		if (v == null) {
			return;
		}
		String n = Numerals.canonical(v);
		List<String> readings = new ArrayList<>(5);
		readings.add("number:" + n);
		if (written.chars().allMatch(Character::isDigit)) {
			readings.add(References.key(written));
			if (written.length() >= 6) {
				readings.add("digits:" + written);
			}
			if (written.length() == 4 && v.intValue() >= 1900 && v.intValue() <= 2100) {
				readings.add("year:" + written);
			}
		}
		Matcher time = CLOCK.matcher(written);
		if (time.matches() && Integer.parseInt(time.group(1)) < 24 && Integer.parseInt(time.group(2)) < 60) {
			readings.add(Times
				.key(String.format(java.util.Locale.ROOT, "%02d:%s", Integer.parseInt(time.group(1)), time.group(2))));
		}
		Matcher dayMonth = DAY_MONTH.matcher(written);
		if (!scan.english && dayMonth.matches()) {
			LocalDate d = CalendarWords.nearest(Integer.parseInt(dayMonth.group(2)),
					Integer.parseInt(dayMonth.group(1)), scan.today);
			if (d != null) {
				readings.add(CalendarWords.key(d));
			}
		}
		scan.add(start, end, "number", n, readings);
	}

}
