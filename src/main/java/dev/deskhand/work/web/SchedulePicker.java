package dev.deskhand.work.web;

import dev.deskhand.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The recurring-task schedule as people choose it — every weekday, every day, weekly on a
 * day, monthly on a date, each at a time — turned into the cron expression the scheduler
 * runs (cron stays available as the advanced choice), and a cron expression of that shape
 * described back in words.
 */
final class SchedulePicker {

	enum Frequency {

		WEEKDAYS, DAILY, WEEKLY, MONTHLY, CRON

	}

	private static final Pattern SIMPLE = Pattern
		.compile("^0 (\\d{1,2}) (\\d{1,2}) (\\*|\\d{1,2}) \\* (\\*|MON-FRI|MON|TUE|WED|THU|FRI|SAT|SUN)$");

	private SchedulePicker() {
	}

	/**
	 * The cron expression (with seconds) for the choice.
	 * @throws InvalidInputException for {@code /schedule} on a missing or bad time, day
	 * or date
	 */
	static String cron(Frequency frequency, @Nullable String time, @Nullable DayOfWeek weekday,
			@Nullable Integer monthDay, @Nullable String cron) {
		if (frequency == Frequency.CRON) {
			return cron == null ? "" : cron.strip();
		}
		LocalTime at;
		try {
			at = LocalTime.parse(time == null ? "" : time.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("/schedule", "Choose a time, e.g. 08:00", "playbook.error.scheduleTime");
		}
		String prefix = "0 " + at.getMinute() + " " + at.getHour() + " ";
		return switch (frequency) {
			case WEEKDAYS -> prefix + "* * MON-FRI";
			case DAILY -> prefix + "* * *";
			case WEEKLY -> prefix + "* * " + (weekday == null ? DayOfWeek.MONDAY : weekday).name().substring(0, 3);
			case MONTHLY -> {
				if (monthDay == null || monthDay < 1 || monthDay > 28) {
					throw new InvalidInputException("/schedule", "Choose a day of the month from 1 to 28",
							"playbook.error.scheduleMonthDay");
				}
				yield prefix + monthDay + " * *";
			}
			case CRON -> throw new IllegalStateException();
		};
	}

	/**
	 * The schedule in words ("Every weekday at 08:00"), or null for other cron shapes.
	 */
	static @Nullable String describe(String cron, MessageSource messages, Locale locale) {
		Matcher m = SIMPLE.matcher(cron.strip());
		if (!m.matches()) {
			return null;
		}
		int minute = Integer.parseInt(m.group(1));
		int hour = Integer.parseInt(m.group(2));
		if (minute > 59 || hour > 23) {
			return null;
		}
		String time = String.format(Locale.ROOT, "%02d:%02d", hour, minute);
		String day = m.group(3);
		String week = m.group(4);
		if (!day.equals("*")) {
			return week.equals("*") ? messages.getMessage("schedule.monthly", new Object[] { day, time }, locale)
					: null;
		}
		return switch (week) {
			case "*" -> messages.getMessage("schedule.daily", new Object[] { time }, locale);
			case "MON-FRI" -> messages.getMessage("schedule.weekdays", new Object[] { time }, locale);
			default -> messages.getMessage("schedule.weekly", new Object[] { dayName(week, locale), time }, locale);
		};
	}

	private static String dayName(String abbreviation, Locale locale) {
		for (DayOfWeek d : DayOfWeek.values()) {
			if (d.name().startsWith(abbreviation)) {
				return d.getDisplayName(TextStyle.FULL, locale);
			}
		}
		return abbreviation;
	}

}
