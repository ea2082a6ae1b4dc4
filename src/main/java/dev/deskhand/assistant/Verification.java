package dev.deskhand.assistant;

import java.util.List;

/**
 * The grounding verifier's verdict on a text: grounded exactly when nothing it states is
 * unbacked.
 *
 * @param backed every fact found in the text with its source, in text order
 * @param unbacked every claim no source backs, in text order
 */
public record Verification(List<PlacedFact> backed, List<Claim> unbacked) {

	public Verification {
		backed = List.copyOf(backed);
		unbacked = List.copyOf(unbacked);
	}

	/** True when no claim is unbacked. */
	public boolean grounded() {
		return unbacked.isEmpty();
	}

}
