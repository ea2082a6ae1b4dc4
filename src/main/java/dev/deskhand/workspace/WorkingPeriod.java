package dev.deskhand.workspace;

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
 * then one or more periods.
 */
public record WorkingPeriod(DayOfWeek day, LocalTime starts, LocalTime ends) {
	public WorkingPeriod {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(starts, "starts");
		Objects.requireNonNull(ends, "ends");
		if (!ends.isAfter(starts)) {
			throw new IllegalArgumentException("A working period must end after it starts");
		}
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
					from = LocalTime.parse(ends[0].strip());
					to = LocalTime.parse(ends[1].strip());
				}
				catch (DateTimeParseException e) {
					throw invalid(part);
				}
				if (!to.isAfter(from)) {
					throw new InvalidInputException("/workingHours",
							"A period must end after it starts (not: '" + range.strip() + "')");
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
				throw new InvalidInputException("/workingHours", "Periods overlap on " + DAYS.get(a.day().ordinal()));
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
					+ e.getValue().stream().map(p -> p.starts() + "-" + p.ends()).collect(Collectors.joining(", ")))
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
		return new InvalidInputException("/workingHours",
				"Write working hours like 'mon-fri 08:00-16:00; sat 10:00-12:00' (not: '" + part.strip() + "')");
	}
}
