package dev.deskhand.workspace;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One period of a member's regular working week, in the member's own time zone. A week is
 * written as {@code mon-fri 08:00-12:00, 13:00-16:30; sat 10:00-12:00}: day or day range,
 * then one or more periods. A period open until midnight ends at {@code 24:00}, held as
 * {@link #END_OF_DAY} (a {@link LocalTime} cannot hold 24:00); see
 * {@link #untilMidnight}.
 */
public record WorkingPeriod(DayOfWeek day, LocalTime starts, LocalTime ends) {

	/**
	 * The end of a period open until midnight, written {@code 24:00}: the last instant of
	 * the day, so every comparison with a time of that day holds; whoever turns it into
	 * an instant takes the next day's start ({@link #untilMidnight}).
	 */
	public static final LocalTime END_OF_DAY = LocalTime.MAX;

	public WorkingPeriod {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(starts, "starts");
		Objects.requireNonNull(ends, "ends");
		if (ends.isAfter(LAST_SECOND) || ends.equals(LocalTime.MIDNIGHT)) {
			// 24:00 as read back from a column of microsecond precision, or stored as
			// 00:00
			// (java.sql.Time wraps it): a period cannot end at its own day's start
			ends = END_OF_DAY;
		}
		if (!ends.isAfter(starts)) {
			throw new IllegalArgumentException("A working period must end after it starts");
		}
	}

	private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

	/** Whether the period runs until the end of its day (written 24:00). */
	public boolean untilMidnight() {
		return ends.equals(END_OF_DAY);
	}

	/**
	 * Reads {@code hh:mm}; {@code 24:00} only as an end, as {@link #END_OF_DAY}.
	 * @throws DateTimeParseException when it is no time
	 */
	public static LocalTime parseTime(String text, boolean end) {
		String t = text.strip();
		if (end && (t.equals("24:00") || t.equals("24:00:00"))) {
			return END_OF_DAY;
		}
		return LocalTime.parse(t);
	}

	/**
	 * Writes a time as {@code hh:mm} (or with seconds when it has them), 24:00 for the
	 * end of day.
	 */
	public static String formatTime(LocalTime time) {
		return time.equals(END_OF_DAY) ? "24:00" : time.toString();
	}

	/** Monday first, then by start: how a week is listed and checked. */
	public static final Comparator<WorkingPeriod> WEEK_ORDER = Comparator.comparing(WorkingPeriod::day)
		.thenComparing(WorkingPeriod::starts);

	private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

	/**
	 * Parses a week; blank is no hours. Throws {@link InvalidInputException} on
	 * {@code /workingHours}.
	 */
	public static List<WorkingPeriod> parseWeek(String text) {
		List<WorkingPeriod> out = new ArrayList<>();
		for (String part : text.split(";")) {
			String p = part.strip().toLowerCase(Locale.ROOT);
			if (p.isEmpty()) {
				continue;
			}
			int space = p.indexOf(' ');
			if (space < 0) {
				throw invalid(part);
			}
			List<DayOfWeek> days = days(p.substring(0, space), part);
			for (String range : p.substring(space + 1).split(",")) {
				String[] ends = range.strip().split("-");
				if (ends.length != 2) {
					throw invalid(part);
				}
				LocalTime from;
				LocalTime to;
				try {
					from = parseTime(ends[0], false);
					to = parseTime(ends[1], true);
				}
				catch (DateTimeParseException e) {
					throw invalid(part);
				}
				if (!to.isAfter(from)) {
					throw new InvalidInputException("/workingHours", Text.of("input.periodOrder", range.strip()));
				}
				for (DayOfWeek d : days) {
					out.add(new WorkingPeriod(d, from, to));
				}
			}
		}
		out.sort(WEEK_ORDER);
		for (int i = 1; i < out.size(); i++) {
			WorkingPeriod a = out.get(i - 1);
			WorkingPeriod b = out.get(i);
			if (a.day() == b.day() && b.starts().isBefore(a.ends())) {
				throw new InvalidInputException("/workingHours", Text.of("input.periodsOverlap", a.day()));
			}
		}
		return List.copyOf(out);
	}

	/** Writes a week the way {@link #parseWeek} reads it, one day per part. */
	public static String formatWeek(List<WorkingPeriod> week) {
		return week.stream()
			.sorted(WEEK_ORDER)
			.collect(Collectors.groupingBy(WorkingPeriod::day, java.util.TreeMap::new, Collectors.toList()))
			.entrySet()
			.stream()
			.map(e -> DAYS.get(e.getKey().ordinal()) + " "
					+ e.getValue()
						.stream()
						.map(p -> formatTime(p.starts()) + "-" + formatTime(p.ends()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

	private static List<DayOfWeek> days(String spec, String part) {
		String[] ends = spec.split("-");
		int from = DAYS.indexOf(ends[0]);
		int to = ends.length == 2 ? DAYS.indexOf(ends[1]) : from;
		if (ends.length > 2 || from < 0 || to < from) {
			throw invalid(part);
		}
		List<DayOfWeek> days = new ArrayList<>();
		for (int d = from; d <= to; d++) {
			days.add(DayOfWeek.of(d + 1));
		}
		return days;
	}

	private static InvalidInputException invalid(String part) {
		return new InvalidInputException("/workingHours", Text.of("input.workingHours", part.strip()));
	}
}
