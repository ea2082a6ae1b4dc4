package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks of single DCSA values, each adding a precise reason (with the value's JSON
 * pointer) to the event's list of problems and answering the value when it is good.
 */
final class DcsaChecks {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern UNLOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

	private static final Pattern OFFSET = Pattern.compile("(?i)(z|[+-]\\d{2}:\\d{2}(?::\\d{2})?)$");

	/** ISO 3166-1 alpha-2, and XZ, which UN/LOCODE uses for installations at sea. */
	private static final Set<String> COUNTRIES = countries();

	private final List<Text> problems;

	DcsaChecks(List<Text> problems) {
		this.problems = problems;
	}

	/** A moment as written in the file: the instant and the offset as written. */
	record Stamp(java.time.Instant instant, String zone, String written) {
	}

	/**
	 * The text of a required or optional string value, or null (with a problem if wrong).
	 */
	@Nullable String text(DcsaNode value, boolean required) {
		if (!value.present()) {
			if (required) {
				problems.add(Text.of("ingest.reject.dcsa.missing", value.pointer()));
			}
			return null;
		}
		String text = value.text();
		if (text == null || text.isBlank()) {
			problems.add(Text.of("ingest.reject.dcsa.not-text", value.pointer(), value.kind(), shown(value)));
			return null;
		}
		return text.trim();
	}

	/** A code that must be one of {@code allowed}. */
	@Nullable String code(DcsaNode value, boolean required, Collection<String> allowed) {
		String text = text(value, required);
		if (text != null && !allowed.contains(text)) {
			problems.add(Text.of("ingest.reject.dcsa.unknown-code", value.pointer(), text, String.join(", ", allowed)));
			return null;
		}
		return text;
	}

	/** An RFC 3339 date-time with an offset; a local time without one is refused. */
	@Nullable Stamp time(DcsaNode value, boolean required) {
		String text = text(value, required);
		if (text == null) {
			return null;
		}
		try {
			OffsetDateTime time = OffsetDateTime.parse(text);
			Matcher offset = OFFSET.matcher(text);
			String zone = offset.find() ? offset.group(1).toUpperCase(Locale.ROOT) : time.getOffset().getId();
			return new Stamp(time.toInstant(), zone, text);
		}
		catch (DateTimeParseException notWithOffset) {
			try {
				LocalDateTime.parse(text);
				problems.add(Text.of("ingest.reject.dcsa.no-offset", value.pointer(), text));
			}
			catch (DateTimeParseException notAtAll) {
				problems.add(Text.of("ingest.reject.dcsa.date-time", value.pointer(), text));
			}
			return null;
		}
	}

	/**
	 * An event id: a UUID in 2.x ({@code maxLength} 0), else at most that many
	 * characters.
	 */
	@Nullable String eventId(DcsaNode value, boolean required, int maxLength) {
		String id = text(value, required);
		if (id == null) {
			return null;
		}
		if (maxLength == 0 && !UUID.matcher(id).matches()) {
			problems.add(Text.of("ingest.reject.dcsa.not-uuid", value.pointer(), id));
			return null;
		}
		if (maxLength > 0 && id.length() > maxLength) {
			problems.add(Text.of("ingest.reject.dcsa.too-long", value.pointer(), maxLength));
			return null;
		}
		return id;
	}

	/** A UN/LOCODE: five characters whose first two are an ISO 3166 country. */
	@Nullable String unlocode(DcsaNode value) {
		String code = text(value, false);
		if (code == null) {
			return null;
		}
		if (!UNLOCODE.matcher(code).matches()) {
			problems.add(Text.of("ingest.reject.dcsa.unlocode", value.pointer(), code));
			return null;
		}
		if (!COUNTRIES.contains(code.substring(0, 2))) {
			problems.add(Text.of("ingest.reject.dcsa.unlocode-country", value.pointer(), code, code.substring(0, 2)));
			return null;
		}
		return code;
	}

	void add(Text problem) {
		problems.add(problem);
	}

	private static String shown(DcsaNode value) {
		String json = value.node().toString();
		return json.length() > 60 ? json.substring(0, 57) + "..." : json;
	}

	private static Set<String> countries() {
		Set<String> countries = new HashSet<>(Set.of(Locale.getISOCountries()));
		countries.add("XZ");
		return Set.copyOf(countries);
	}

}
