package dev.deskhand.billing.contracts;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * International bank account numbers (ISO 13616): country, two check digits and the
 * national account number; valid when the number, its first four characters moved to the
 * end and letters read as 10 to 35, leaves 1 divided by 97. Lengths are checked for the
 * countries Deskhand's people bank in most.
 */
final class Iban {

	private static final Pattern SHAPE = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");

	private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("DK", 18), Map.entry("DE", 22),
			Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("CH", 21), Map.entry("ES", 24), Map.entry("FI", 18),
			Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GL", 18), Map.entry("IE", 22),
			Map.entry("IT", 27), Map.entry("LU", 20), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
			Map.entry("SE", 24));

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	private Iban() {
	}

	/** The IBAN without spaces, in capitals; null when it is not a valid IBAN. */
	static @Nullable String normalised(String typed) {
		String iban = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (!SHAPE.matcher(iban).matches()) {
			return null;
		}
		Integer length = LENGTHS.get(iban.substring(0, 2));
		if (length != null && iban.length() != length) {
			return null;
		}
		return valid(iban) ? iban : null;
	}

	/** The mod 97 check of ISO 7064 over the rearranged number. */
	static boolean valid(String iban) {
		String moved = iban.substring(4) + iban.substring(0, 4);
		StringBuilder digits = new StringBuilder(moved.length() * 2);
		for (char c : moved.toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
	}

}
