package dev.deskhand.access.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as a person reads them: in their own time zone and language. Templates call it as
 * {@code @fmt}. Stored times are always {@link Instant}s.
 */
@Component("fmt")
class Formats {

	/**
	 * Localised formatters, built once per language: a queue page formats hundreds of
	 * times.
	 */
	private static final Map<Locale, DateTimeFormatter> TIME = new ConcurrentHashMap<>();

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final CurrentPerson person;

	private final Clock clock;

	Formats(CurrentPerson person, Clock clock) {
		this.person = person;
		this.clock = clock;
	}

	/** The signed-in person's time zone, UTC for none. */
	public ZoneId zone() {
		return person.get().map(p -> p.timeZone()).orElse(UTC);
	}

	public String time(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return TIME
			.computeIfAbsent(LocaleContextHolder.getLocale(),
					l -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(l))
			.format(instant.atZone(zone()));
	}

	/**
	 * Reads an {@code <input type="datetime-local">} value as a time in the person's
	 * zone; blank is null.
	 */
	public @Nullable Instant parseInput(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return java.time.LocalDateTime.parse(value).atZone(zone()).toInstant();
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new dev.deskhand.shared.InvalidInputException(field,
					dev.deskhand.shared.Text.of("input.dateTime", value));
		}
	}

	/**
	 * Time left until {@code due} as a person reads it at a glance: {@code 2 h 05 min},
	 * or with a minus sign once it has passed.
	 */
	public String left(@Nullable Instant due) {
		if (due == null) {
			return "";
		}
		long minutes = java.time.Duration.between(clock.instant(), due).toMinutes();
		String sign = minutes < 0 ? "−" : "";
		long m = Math.abs(minutes);
		if (m >= 48 * 60) {
			return sign + (m / (24 * 60)) + " d";
		}
		if (m < 60) {
			return sign + m + " min";
		}
		long rest = m % 60;
		return sign + (m / 60) + " h " + (rest < 10 ? "0" : "") + rest + " min";
	}

	/** The value of an {@code <input type="datetime-local">} in the person's zone. */
	public String input(@Nullable Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(zone()));
	}

}
