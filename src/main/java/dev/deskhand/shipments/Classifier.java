package dev.deskhand.shipments;

import java.util.Locale;

/**
 * Whether an event happened (only {@code ACTUAL} events are facts), is expected
 * ({@code ESTIMATED}: moves the ETA) or was planned ({@code PLANNED}: a milestone).
 * DCSA's ACT/EST/PLN.
 */
public enum Classifier {

	ACTUAL, ESTIMATED, PLANNED;

	private final String code = name().toLowerCase(Locale.ROOT);

	public String code() {
		return code;
	}

	/** ACT/EST/PLN (DCSA) or the full word, any case. */
	public static Classifier parse(String code) {
		return switch (code.trim().toUpperCase(Locale.ROOT)) {
			case "ACT", "ACTUAL" -> ACTUAL;
			case "EST", "ESTIMATED" -> ESTIMATED;
			case "PLN", "PLANNED" -> PLANNED;
			default -> throw new IllegalArgumentException("not a classifier: " + code);
		};
	}

}
