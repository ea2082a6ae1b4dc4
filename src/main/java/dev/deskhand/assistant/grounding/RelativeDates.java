package dev.deskhand.assistant.grounding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates said relative to today, resolved from the sources' day: {@code i dag, i morgen,
 * i overmorgen, i går, heute, morgen, übermorgen, gestern, today, tomorrow, yesterday},
 * {@code om 3 dage / in 3 Tagen / in 3 days} (working days skip the weekend), weekdays
 * ({@code på tirsdag, am Dienstag, on Tuesday} - the coming or the last one; {@code næste
 * tirsdag, nächsten Dienstag, next Tuesday} - the coming one or the one after it), and
 * weeks ({@code uge 50, KW 50, week 50, næste uge, nächste Woche, next week}): a week is
 * backed by any date fact inside it.
 */
final class RelativeDates {

	private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern DAYS = Pattern
		.compile("(?<![\\p{L}])(?=[ihügvtyIHÜGVTY])(i\\h+dag|i\\h+overmorgen|i\\h+morgen|i\\h+forgårs|i\\h+går"
				+ "|heute|übermorgen|vorgestern|gestern|the\\h+day\\h+after\\h+tomorrow|today|tonight|tomorrow|yesterday)(?![\\p{L}])",
				CI);

	/** German "morgen" is tomorrow only in lower case ("Guten Morgen" is a greeting). */
	private static final Pattern MORGEN = Pattern
		.compile("(?<!(?:tag|woch|abend|am|jeden|guten|zum|vom|diesen)\\h)(?<![\\p{L}])morgen(?![\\p{L}])");

	private static final Pattern IN_DAYS = Pattern.compile("(?<![\\p{L}])(?=[oiOI])(?:om|in)\\h+(\\d{1,2}|"
			+ Numerals.WORDS
			+ ")\\h+(arbejdsdage|hverdage|werktagen|arbeitstagen|working\\h+days|business\\h+days|dage|dagen|tagen|days)(?![\\p{L}])",
			CI);

	private static final Set<String> MODIFIERS = Set.of("næste", "nächsten", "nächster", "nächste", "kommenden",
			"kommende", "next", "this", "denne", "diesen", "dieser", "sidste", "letzten", "letzte", "vergangenen",
			"last");

	private static final Pattern WEEK_NUMBER = Pattern
		.compile("(?<![\\p{L}])(?=[ukwcUKWC])(?:uge|kw|kalenderwoche|week|wk|cw)\\.?\\h*(\\d{1,2})(?!\\d)", CI);

	private static final Pattern WEEK_WORDS = Pattern
		.compile("(?<![\\p{L}])(?=[ndktNDKT])(næste\\h+uge|nächste\\h+woche|nächster\\h+woche"
				+ "|kommende\\h+woche|next\\h+week|denne\\h+uge|diese\\h+woche|dieser\\h+woche|this\\h+week)(?![\\p{L}])",
				CI);

	private RelativeDates() {
	}

	static void find(Scan scan) {
		days(scan);
		weeks(scan);
		weekdays(scan);
	}

	private static void days(Scan scan) {
		LocalDate t = scan.today;
		Matcher m = DAYS.matcher(scan.text);
		while (m.find()) {
			String w = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\h+", " ");
			int offset = switch (w) {
				case "i morgen", "tomorrow" -> 1;
				case "i overmorgen", "übermorgen", "the day after tomorrow" -> 2;
				case "i går", "gestern", "yesterday" -> -1;
				case "i forgårs", "vorgestern" -> -2;
				default -> 0;
			};
			one(scan, m.start(), m.end(), t.plusDays(offset));
		}
		if ("de".equals(scan.language)) {
			m = MORGEN.matcher(scan.text);
			while (m.find()) {
				one(scan, m.start(), m.end(), t.plusDays(1));
			}
		}
		m = IN_DAYS.matcher(scan.text);
		while (m.find()) {
			String n = m.group(1);
			Integer count = Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : Numerals.word(n, scan.language);
			if (count == null) {
				continue;
			}
			String unit = m.group(2).toLowerCase(Locale.ROOT);
			boolean working = !unit.startsWith("dage") && !unit.startsWith("tage") && !unit.startsWith("days");
			one(scan, m.start(), m.end(), working ? workingDays(t, count) : t.plusDays(count));
		}
	}

	private static LocalDate workingDays(LocalDate from, int count) {
		LocalDate d = from;
		for (int i = 0; i < count;) {
			d = d.plusDays(1);
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
				i++;
			}
		}
		return d;
	}

	private static void one(Scan scan, int start, int end, LocalDate d) {
		scan.add(start, end, "date", d.toString(), List.of(CalendarWords.key(d)));
	}

	private static void weeks(Scan scan) {
		Matcher m = WEEK_NUMBER.matcher(scan.text);
		while (m.find()) {
			int week = Integer.parseInt(m.group(1));
			if (week < 1 || week > 53) {
				continue;
			}
			List<String> readings = new ArrayList<>();
			for (int y = scan.today.getYear() - 1; y <= scan.today.getYear() + 1; y++) {
				readings.add("week:" + y + "-W" + week);
			}
			scan.add(m.start(), m.end(), "date", "W" + week, readings);
		}
		m = WEEK_WORDS.matcher(scan.text);
		while (m.find()) {
			String w = m.group(1).toLowerCase(Locale.ROOT);
			boolean next = w.startsWith("n") || w.startsWith("k");
			LocalDate d = next ? scan.today.plusWeeks(1) : scan.today;
			scan.add(m.start(), m.end(), "date", CalendarWords.week(d).substring(5), List.of(CalendarWords.week(d)));
		}
	}

	private static void weekdays(Scan scan) {
		List<int[]> words = scan.words();
		for (int i = 0; i < words.size(); i++) {
			int[] w = words.get(i);
			DayOfWeek day = w[1] - w[0] >= 6 ? CalendarWords.weekday(scan.text.substring(w[0], w[1])) : null;
			if (day == null) {
				continue;
			}
			int start = w[0];
			String modifier = "";
			if (i > 0) {
				int[] before = words.get(i - 1);
				String word = scan.text.substring(before[0], before[1]).toLowerCase(Locale.ROOT);
				if (MODIFIERS.contains(word) && scan.text.substring(before[1], w[0]).isBlank()) {
					modifier = word;
					start = before[0];
				}
			}
			LocalDate t = scan.today;
			int ahead = (day.getValue() - t.getDayOfWeek().getValue() + 7) % 7;
			LocalDate coming = t.plusDays(ahead == 0 ? 7 : ahead);
			LocalDate last = t.minusDays(ahead == 0 ? 7 : 7 - ahead);
			List<LocalDate> dates = new ArrayList<>(3);
			switch (modifier) {
				case "næste", "nächsten", "nächster", "nächste", "kommenden", "kommende", "next" -> {
					dates.add(coming);
					dates.add(coming.plusWeeks(1));
				}
				case "sidste", "letzten", "letzte", "vergangenen", "last" -> dates.add(last);
				case "this", "denne", "diesen", "dieser" -> dates.add(ahead == 0 ? t : coming);
				default -> {
					if (ahead == 0) {
						dates.add(t);
					}
					dates.add(coming);
					dates.add(last);
				}
			}
			List<String> readings = dates.stream().map(CalendarWords::key).toList();
			if (!scan.add(start, w[1], "date", dates.get(0).toString(), readings) && start < w[0]) {
				scan.add(w[0], w[1], "date", dates.get(0).toString(), readings);
			}
		}
	}

}
