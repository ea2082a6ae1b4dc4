package dev.deskhand.work.web;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.CalendarView;
import dev.deskhand.work.SlaPolicyView;
import dev.deskhand.workspace.WorkingPeriod;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * SLA targets as a manager enters and reads them: minutes, hours or working days of
 * business time. A working day is the service hours' average open time per open weekday
 * (8 h for Monday to Friday 08:00–16:00), so "2 working days" means what it says on the
 * business clock.
 */
final class SlaTargets {

	enum Unit {

		MINUTES, HOURS, DAYS

	}

	/** An amount in a unit, for the forms and the table. */
	record Target(int amount, Unit unit) {
	}

	/** A policy with its targets in the largest unit that divides them. */
	record Row(SlaPolicyView policy, @Nullable Target first, @Nullable Target next, @Nullable Target resolution) {
	}

	private SlaTargets() {
	}

	static List<Row> rows(List<SlaPolicyView> policies, int dayMinutes) {
		return policies.stream()
			.map(p -> new Row(p, target(p.firstResponseMinutes(), dayMinutes),
					target(p.nextResponseMinutes(), dayMinutes), target(p.resolutionMinutes(), dayMinutes)))
			.toList();
	}

	static @Nullable Target target(@Nullable Integer minutes, int dayMinutes) {
		if (minutes == null) {
			return null;
		}
		if (dayMinutes > 0 && minutes % dayMinutes == 0) {
			return new Target(minutes / dayMinutes, Unit.DAYS);
		}
		return minutes % 60 == 0 ? new Target(minutes / 60, Unit.HOURS) : new Target(minutes, Unit.MINUTES);
	}

	/**
	 * The minutes of an entered amount, or null when none was entered.
	 * @throws InvalidInputException for {@code pointer} when the unit is unknown
	 */
	static @Nullable Integer minutes(String pointer, @Nullable Integer amount, @Nullable String unit, int dayMinutes) {
		if (amount == null) {
			return null;
		}
		Unit u;
		try {
			u = unit == null || unit.isBlank() ? Unit.MINUTES : Unit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(pointer, "Minutes, hours or days", "playbook.error.unit");
		}
		long minutes = switch (u) {
			case MINUTES -> amount;
			case HOURS -> amount * 60L;
			case DAYS -> (long) amount * dayMinutes;
		};
		return (int) Math.clamp(minutes, Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	/**
	 * A working day of the calendar in minutes: its open time per week divided by its
	 * open weekdays; 8 h when it has none.
	 */
	static int dayMinutes(CalendarView calendar) {
		List<WorkingPeriod> week;
		try {
			week = WorkingPeriod.parseWeek(calendar.weeklyHours());
		}
		catch (RuntimeException e) {
			return 480;
		}
		long days = week.stream().map(WorkingPeriod::day).distinct().count();
		if (days == 0) {
			return 480;
		}
		long minutes = week.stream()
			.mapToLong(p -> Duration.between(p.starts(), p.untilMidnight() ? LocalTime.MAX : p.ends()).toMinutes()
					+ (p.untilMidnight() ? 1 : 0))
			.sum();
		return (int) Math.max(1, minutes / days);
	}

}
