package dev.deskhand.assistant;

import java.util.List;

/**
 * What the assistant read from one e-mail.
 *
 * @param language {@code da}, {@code de}, {@code en} or {@code other}, of the new text
 * (not the quoted history)
 * @param intent the main request
 * @param confidence of the intent, 0 to 1
 * @param needsPerson true when the confidence is below the threshold: a person should
 * classify (and that label becomes training data)
 * @param urgent an explicit urgency marker, a deadline today or a consequence happening
 * now
 */
public record Triage(String language, Intent intent, double confidence, boolean needsPerson, boolean urgent,
		List<FoundReference> references) {

	public Triage {
		references = List.copyOf(references);
	}

}
