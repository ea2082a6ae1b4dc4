package dev.deskhand.assistant.grounding;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a written number the way its language writes it: in Danish and German the comma
 * is the decimal mark and a dot groups thousands ({@code 1.234,50}); in English the other
 * way round ({@code 1,234.50}). With both marks, the last one is the decimal mark. A lone
 * mark followed by exactly three digits groups thousands in the language that groups with
 * it ({@code 1.234} is 1234 in Danish, 1.234 in English). Also the small number words.
 */
final class Numerals {

	private static final Map<String, Integer> DA = Map.ofEntries(Map.entry("to", 2), Map.entry("tre", 3),
			Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("syv", 7), Map.entry("otte", 8),
			Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("elleve", 11), Map.entry("tolv", 12),
			Map.entry("tyve", 20));

	private static final Map<String, Integer> DE = Map.ofEntries(Map.entry("zwei", 2), Map.entry("drei", 3),
			Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("fuenf", 5), Map.entry("sechs", 6),
			Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10),
			Map.entry("elf", 11), Map.entry("zwölf", 12), Map.entry("zwanzig", 20));

	private static final Map<String, Integer> EN = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
			Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
			Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
			Map.entry("twelve", 12), Map.entry("twenty", 20));

	/** "One", "en", "ein" are left out: they are articles and pronouns far more often. */
	static final String WORDS = "to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|zwei|drei|vier|fünf|fuenf|sechs"
			+ "|sieben|acht|neun|zehn|elf|zwölf|zwanzig|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty";

	private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

	private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

	private Numerals() {
	}

	/** The value of a number word in {@code language}, or null. */
	static @Nullable Integer word(String word, String language) {
		String w = word.toLowerCase(Locale.ROOT);
		return switch (language) {
			case "da" -> DA.get(w);
			case "de" -> DE.get(w);
			case "en" -> EN.get(w);
			default -> DA.containsKey(w) ? DA.get(w) : DE.containsKey(w) ? DE.get(w) : EN.get(w);
		};
	}

	/**
	 * {@code digits} (digits with marks and spaces) as written in a text of that
	 * language.
	 */
	static @Nullable BigDecimal parse(String digits, boolean english) {
		String s = digits.replace("\u00a0", "").replace(" ", "").replace("\u202f", "");
		int dot = s.lastIndexOf('.');
		int comma = s.lastIndexOf(',');
		String plain;
		if (dot >= 0 && comma >= 0) {
			char decimal = dot > comma ? '.' : ',';
			char group = decimal == '.' ? ',' : '.';
			plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
		}
		else if (dot < 0 && comma < 0) {
			plain = s;
		}
		else {
			char mark = dot >= 0 ? '.' : ',';
			boolean groups = (mark == ',') == english;
			boolean thousands = (mark == '.' ? DOT_GROUPS : COMMA_GROUPS).matcher(s).matches();
			boolean several = s.indexOf(mark) != s.lastIndexOf(mark);
			plain = (groups && thousands) || several ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.');
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The canonical form of a number: plain, no trailing zeros ({@code 1234.5}). */
	static String canonical(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		return v.signum() == 0 ? "0" : v.toPlainString();
	}

}
