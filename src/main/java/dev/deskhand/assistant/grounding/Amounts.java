package dev.deskhand.assistant.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money: a number with a currency before or after it ({@code 1.234,50 kr.},
 * {@code DKK 1.234,50}, {@code 1.234,50 €}, {@code EUR 1,234.50}, {@code $1,234.50},
 * {@code 1.234,- kr.}), read as {@code amount:1234.5|DKK}. "kr." is the Danish, Norwegian
 * or Swedish krone; a swapped currency backs nothing.
 */
final class Amounts {

	private static final String CURRENCY = "DKK|EUR|USD|GBP|SEK|NOK|CHF|PLN|CNY|JPY|US\\$|kroner|kr\\.?|euros?|€|\\$|£";

	private static final String NUMBER = "\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";

	private static final Pattern BEFORE = Pattern.compile(
			"(?<![\\p{L}])(?=[DEUGSNCPJdeugsncpjKk€$£])(" + CURRENCY + ")[ \\u00a0]?(" + NUMBER + ")(?:,-+)?(?![\\d])",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AFTER = Pattern.compile(
			"(?<![\\d.,])(" + NUMBER + ")(?:,-+)?[ \\u00a0]?(" + CURRENCY + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	private Amounts() {
	}

	static void find(Scan scan) {
		Matcher m = BEFORE.matcher(scan.text);
		while (m.find()) {
			add(scan, m.start(), m.end(), m.group(2), m.group(1));
		}
		m = AFTER.matcher(scan.text);
		while (m.find()) {
			add(scan, m.start(), m.end(), m.group(1), m.group(2));
		}
	}

	private static void add(Scan scan, int start, int end, String number, String currency) {
		BigDecimal value = Numerals.parse(number, scan.english);
		if (value == null) {
			return;
		}
		String n = Numerals.canonical(value);
		List<String> readings = new ArrayList<>(3);
		for (String code : codes(currency)) {
			readings.add(key(n, code));
		}
		scan.add(start, end, "amount", n + " " + codes(currency).get(0), readings);
	}

	private static List<String> codes(String currency) {
		String c = currency.toLowerCase(Locale.ROOT);
		if (c.startsWith("kr")) {
			return List.of("DKK", "NOK", "SEK");
		}
		if (c.startsWith("eur") || c.equals("€")) {
			return List.of("EUR");
		}
		return switch (c) {
			case "$", "us$", "usd" -> List.of("USD");
			case "£", "gbp" -> List.of("GBP");
			default -> List.of(c.toUpperCase(Locale.ROOT));
		};
	}

	static String key(String canonicalNumber, String currency) {
		return "amount:" + canonicalNumber + "|" + currency;
	}

}
