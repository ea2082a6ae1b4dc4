package dev.deskhand.assistant.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as a customer of each language writes them ("8. december 2026 kl.
 * 14:30", "8. Dezember 2026 um 14:30 Uhr", "8 December 2026 at 14:30"), and the canonical
 * values facts carry ({@code 2026-12-08}, {@code 14:30}, {@code 2026-12-08T14:30}).
 */
public final class LocalFormats {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private LocalFormats() {
	}

	/** da, de or en; anything else is written in English. */
	public static String language(String language) {
		return switch (language) {
			case "da", "de" -> language;
			default -> "en";
		};
	}

	public static Locale locale(String language) {
		return Locale.forLanguageTag(language(language));
	}

	public static String date(LocalDate d, String language) {
		String pattern = language(language).equals("en") ? "d MMMM yyyy" : "d. MMMM yyyy";
		return DateTimeFormatter.ofPattern(pattern, locale(language)).format(d);
	}

	public static String dateTime(Instant at, ZoneId zone, String language) {
		LocalDateTime t = LocalDateTime.ofInstant(at, zone);
		String date = date(t.toLocalDate(), language);
		String time = TIME.format(t);
		return switch (language(language)) {
			case "da" -> date + " kl. " + time;
			case "de" -> date + " um " + time + " Uhr";
			default -> date + " at " + time;
		};
	}

	/** {@code 2026-12-08T14:30} in the zone. */
	public static String canonicalDateTime(Instant at, ZoneId zone) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(LocalDateTime.ofInstant(at, zone));
	}

	public static String canonicalDate(Instant at, ZoneId zone) {
		return LocalDate.ofInstant(at, zone).toString();
	}

	public static String canonicalTime(Instant at, ZoneId zone) {
		return TIME.format(LocalDateTime.ofInstant(at, zone));
	}

}
