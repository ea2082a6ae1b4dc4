package dev.deskhand.assistant.grounding;

import dev.deskhand.assistant.Fact;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What a text may state: the facts from the workspace's records, the incoming mail (whose
 * values may appear only as the customer's own claim), the text's language, and the day
 * and zone that relative dates ("next Tuesday", "i morgen") are read from.
 */
public record GroundingSources(List<Fact> facts, String incomingText, String language, ZoneId zone, LocalDate today) {

	public GroundingSources {
		facts = List.copyOf(facts);
	}

}
