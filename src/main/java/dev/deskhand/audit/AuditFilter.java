package dev.deskhand.audit;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.AuditableChange.Action;
import dev.deskhand.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which entries of a workspace's log to list or export; every part is optional (null
 * matches all).
 *
 * @param subjectType only this subject type, e.g. {@code member}
 * @param action only this action
 * @param actor an actor's id (exact), or part of the actor's name (case-insensitive)
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditFilter(@Nullable String subjectType, @Nullable Action action, @Nullable String actor,
		@Nullable Instant from, @Nullable Instant to) {

	public AuditFilter {
		if (from != null && to != null && !to.isAfter(from)) {
			throw new InvalidInputException("/to", Text.of("input.toAfterFrom"));
		}
	}

	public static AuditFilter all() {
		return new AuditFilter(null, null, null, null, null);
	}

	/**
	 * Reads a filter from request or command-line text. Times are ISO-8601: an instant
	 * ({@code 2025-03-01T08:00:00Z}), a date-time with offset, a local date-time, or a
	 * date; local values are taken in {@code zone}, and a date in {@code to} means the
	 * end of that day.
	 * @throws InvalidInputException naming the parameter ({@code /action}, {@code /from},
	 * ...) that is not valid
	 */
	public static AuditFilter parse(@Nullable String subjectType, @Nullable String action, @Nullable String actor,
			@Nullable String from, @Nullable String to, ZoneId zone) {
		return new AuditFilter(text("/subjectType", subjectType, 100), action(action), text("/actor", actor, 200),
				time("/from", from, zone, false), time("/to", to, zone, true));
	}

	/** A short description of the filter, as the read of the log records it. */
	String describe() {
		StringBuilder sb = new StringBuilder();
		append(sb, "subjectType", subjectType);
		append(sb, "action", action);
		append(sb, "actor", actor);
		append(sb, "from", from);
		append(sb, "to", to);
		return sb.isEmpty() ? "all entries" : sb.toString();
	}

	private static void append(StringBuilder sb, String name, @Nullable Object value) {
		if (value != null) {
			sb.append(sb.isEmpty() ? "" : " ").append(name).append('=').append(value);
		}
	}

	private static @Nullable String text(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, Text.of("input.atMostChars", max));
		}
		return value.strip();
	}

	private static @Nullable Action action(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Action.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("/action", Text.of("input.auditAction", value));
		}
	}

	private static @Nullable Instant time(String field, @Nullable String value, ZoneId zone, boolean endOfDay) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		try {
			if (v.length() == 10) {
				LocalDate day = LocalDate.parse(v);
				return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
			}
			if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
				return OffsetDateTime.parse(v).toInstant();
			}
			return LocalDateTime.parse(v).atZone(zone).toInstant();
		}
		catch (DateTimeException e) {
			throw new InvalidInputException(field, Text.of("input.auditDate", value));
		}
	}
}
