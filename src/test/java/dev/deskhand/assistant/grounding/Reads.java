package dev.deskhand.assistant.grounding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the extractors read in a text, for the per-kind tests. Today is Friday 4 December
 * 2026.
 */
final class Reads {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	private Reads() {
	}

	static List<Found> of(String text, String language) {
		return GroundingVerifier.read(text, language, TODAY, Map.of(), List.of(), new ArrayList<>());
	}

	/** The one value read in {@code text}. */
	static Found one(String text, String language) {
		List<Found> all = of(text, language);
		if (all.size() != 1) {
			throw new AssertionError("expected one value in '" + text + "', read " + all);
		}
		return all.get(0);
	}

}
