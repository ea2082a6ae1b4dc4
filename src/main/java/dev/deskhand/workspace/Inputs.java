package dev.deskhand.workspace;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks on what people type into workspace, person and invitation forms. */
final class Inputs {

	static final Set<String> LANGUAGES = Set.of("da", "de", "en");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

	private Inputs() {
	}

	static String email(String field, String value) {
		String v = value.strip();
		if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
			throw new InvalidInputException(field, Text.of("input.notEmail"));
		}
		return v;
	}

	static String name(String field, String value, int max) {
		String v = value.strip();
		if (v.isEmpty() || v.length() > max) {
			throw new InvalidInputException(field, Text.of("input.nameLength", max));
		}
		return v;
	}

	static String slug(String value) {
		if (!SLUG.matcher(value).matches()) {
			throw new InvalidInputException("/slug", Text.of("input.slug"));
		}
		return value;
	}

	static String language(String field, String value) {
		String v = value.toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(v)) {
			throw new InvalidInputException(field, Text.of("input.language"));
		}
		return v;
	}

	static ZoneId zone(String field, String value) {
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException e) {
			throw new InvalidInputException(field, Text.of("input.timeZone", value));
		}
	}

}
