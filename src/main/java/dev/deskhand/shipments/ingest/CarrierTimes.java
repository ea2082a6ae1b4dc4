package dev.deskhand.shipments.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The carriers' event times made UTC: an offset in the text is kept (zone used = that
 * offset, {@code Z} for UTC); a local time without one is read in the zone of the event's
 * country when the country has one zone, else taken as UTC and said so.
 */
final class CarrierTimes {

	/** The zone used for a local time whose place has no single known zone. */
	static final String ASSUMED_UTC = "assumed UTC";

	/** {@code +0200} (no colon) as GLS writes it. */
	private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

	private CarrierTimes() {
	}

	/** A time and how it became UTC. */
	record Resolved(Instant instant, String zoneUsed) {
	}

	/**
	 * An ISO 8601 date-time with or without offset ({@code 2024-10-07T10:46:14+0200},
	 * {@code 2018-03-02T07:53:47}, a space instead of the {@code T}, fractions), or null
	 * when it is none.
	 */
	static @Nullable Resolved iso(@Nullable String text, @Nullable String countryCode) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim().replace(' ', 'T');
		Matcher compact = COMPACT_OFFSET.matcher(t);
		if (compact.find() && t.length() > 16) {
			t = t.substring(0, compact.start()) + compact.group(1) + ":" + compact.group(2);
		}
		try {
			OffsetDateTime withOffset = OffsetDateTime.parse(t);
			String zone = withOffset.getOffset().equals(ZoneOffset.UTC) ? "Z" : withOffset.getOffset().getId();
			return new Resolved(withOffset.toInstant(), zone);
		}
		catch (DateTimeParseException e) {
			// no offset: a local time
		}
		try {
			return local(LocalDateTime.parse(t), countryCode);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * Unix seconds (as Spring writes its {@code Timestamp}): an instant, zone used
	 * {@code Z}; null when it is no whole number of seconds in Java's range.
	 */
	static @Nullable Resolved epochSeconds(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new Resolved(Instant.ofEpochSecond(Long.parseLong(text.trim())), "Z");
		}
		catch (NumberFormatException | DateTimeException e) {
			return null;
		}
	}

	/**
	 * The day a carrier expects to deliver on: an ISO date-time as {@link #iso}, or a
	 * date ({@code 2025-01-20}) at the start of that day, read in the country's zone as a
	 * local time is; null when it is neither.
	 */
	static @Nullable Resolved dayOrIso(@Nullable String text, @Nullable String countryCode) {
		Resolved time = iso(text, countryCode);
		if (time != null || text == null) {
			return time;
		}
		try {
			return local(LocalDate.parse(text.trim()).atStartOfDay(), countryCode);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A local date-time in the pattern given, or null when it does not match. */
	static @Nullable Resolved local(@Nullable String text, DateTimeFormatter pattern, @Nullable String countryCode) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return local(LocalDateTime.parse(text.trim(), pattern), countryCode);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A local time read in the country's zone, or as UTC when that is unknown. */
	static Resolved local(LocalDateTime time, @Nullable String countryCode) {
		ZoneId zone = CarrierPlaces.zone(countryCode);
		if (zone == null) {
			return new Resolved(time.toInstant(ZoneOffset.UTC), ASSUMED_UTC);
		}
		return new Resolved(time.atZone(zone).toInstant(), zone.getId());
	}

}
