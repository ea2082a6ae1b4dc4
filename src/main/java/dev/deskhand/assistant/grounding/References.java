package dev.deskhand.assistant.grounding;

import dev.deskhand.references.ReferenceChecks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference numbers, normalised by the references module's own rule
 * ({@code ReferenceChecks.normalise}: upper case, separators dropped), so a draft's
 * reference is compared exactly as the fact was stored: container numbers
 * ({@code MSCU 123456-5}), air waybills ({@code 176-1234 5675}), UPS
 * ({@code 1Z 999 AA1 ...}), UPU S10 ({@code RR 123 456 785 DK}) with their spaces, and
 * any other token mixing letters and digits ({@code BKG778812}, {@code ORD-45821}).
 * Digit-only references are read by {@link Numbers}: a number backs a reference of the
 * same digits. A unit or ordinal glued to a number ({@code 500kg}, {@code 40HC},
 * {@code 3rd}) is a number, not a reference.
 */
final class References {

	private static final Pattern CONTAINER = Pattern
		.compile("(?<![\\p{L}\\p{N}])[A-Z]{3}[UJZ][\\h-]?\\d{6}[\\h-]?\\d(?![\\p{L}\\p{N}])");

	private static final Pattern AIR_WAYBILL = Pattern
		.compile("(?<![\\p{N}+-])\\d{3}[-\\h]\\d{4}\\h?\\d{4}(?![\\p{N}])");

	private static final Pattern UPS = Pattern.compile("(?<![\\p{L}\\p{N}])1Z(?:\\h?[0-9A-Z]){16}(?![\\p{L}\\p{N}])");

	private static final Pattern S10 = Pattern
		.compile("(?<![\\p{L}\\p{N}])[A-Z]{2}\\h?\\d{3}\\h?\\d{3}\\h?\\d{3}\\h?[A-Z]{2}(?![\\p{L}\\p{N}])");

	private static final Pattern TOKEN = Pattern
		.compile("(?<![\\p{L}\\p{N}@./#])[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}])");

	private static final Pattern UNIT = Pattern.compile("\\d{1,4}(?:[a-z]{1,3}|[A-Z]{2}|m3|m²)", Pattern.UNICODE_CASE);

	private References() {
	}

	/** The well-formed kinds, before dates and amounts can take their digits. */
	static void formed(Scan scan) {
		for (Pattern p : List.of(CONTAINER, UPS, S10, AIR_WAYBILL)) {
			Matcher m = p.matcher(scan.text);
			while (m.find()) {
				String v = ReferenceChecks.normalise(m.group());
				List<String> readings = p == AIR_WAYBILL ? List.of(key(v), "digits:" + v, "number:" + v)
						: List.of(key(v));
				scan.add(m.start(), m.end(), "reference", v, readings);
			}
		}
	}

	/** Any other token of letters and digits (after dates, times and amounts). */
	static void tokens(Scan scan) {
		Matcher m = TOKEN.matcher(scan.text);
		while (m.find()) {
			String token = m.group();
			if (!mixed(token) || UNIT.matcher(token).matches() || compound(token)) {
				continue;
			}
			String v = ReferenceChecks.normalise(token);
			scan.add(m.start(), m.end(), "reference", v, List.of(key(v)));
		}
	}

	/**
	 * "2-tägige", "40-fods", "Covid-19": a word and a number joined by a hyphen, none of
	 * whose parts mixes letters and digits and whose word part is not a short code.
	 */
	private static boolean compound(String token) {
		String[] parts = token.split("[-/]");
		if (parts.length < 2) {
			return false;
		}
		for (String part : parts) {
			if (mixed(part)) {
				return false;
			}
			boolean word = part.chars().allMatch(Character::isLetter);
			if (word && part.length() <= 4 && part.equals(part.toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	private static boolean mixed(String token) {
		boolean letter = false;
		boolean digit = false;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			letter |= Character.isLetter(c);
			digit |= Character.isDigit(c);
		}
		return letter && digit;
	}

	static String key(String normalised) {
		return "reference:" + normalised;
	}

}
