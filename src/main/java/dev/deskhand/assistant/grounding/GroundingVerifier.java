package dev.deskhand.assistant.grounding;

import dev.deskhand.assistant.PlacedFact;
import dev.deskhand.assistant.Verification;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a final text, whoever wrote it, against its sources: every reference, number,
 * date, time, amount and place it states must equal a fact.
 * <p>
 * PLACEHOLDER until the verifier lane lands: it only places facts whose value occurs
 * literally and flags nothing.
 */
@Component
public class GroundingVerifier {

	/** The verdict on {@code text}. Pure; never throws. */
	public Verification verify(String text, GroundingSources sources) {
		List<PlacedFact> backed = new ArrayList<>();
		for (var f : sources.facts()) {
			int at = text.indexOf(f.value());
			if (at >= 0 && !f.value().isEmpty()) {
				backed.add(new PlacedFact(f.kind(), f.value(), f.source(), at, at + f.value().length()));
			}
		}
		backed.sort(java.util.Comparator.comparingInt(PlacedFact::start));
		return new Verification(backed, List.of());
	}

}
