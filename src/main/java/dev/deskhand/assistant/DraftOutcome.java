package dev.deskhand.assistant;

import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a person did with a draft, as the work module reports it.
 *
 * @param decision {@code approved} (sent as drafted), {@code edited} (sent changed) or
 * {@code rejected}
 * @param sentText the text that went out; null when rejected
 * @param reason why it was rejected or edited, or null
 * @param firstOpenedAt when the item was first opened, or null when not known
 * @param at when the decision was taken (sent or rejected)
 * @param member the member who decided
 */
public record DraftOutcome(String decision, @Nullable String sentText, @Nullable String reason,
		@Nullable Instant firstOpenedAt, Instant at, UUID member) {

	/** The decisions a person can take. */
	public static final java.util.Set<String> DECISIONS = java.util.Set.of("approved", "edited", "rejected");

	public DraftOutcome {
		decision = decision.strip().toLowerCase(Locale.ROOT);
		if (!DECISIONS.contains(decision)) {
			throw new InvalidInputException("/decision", Text.of("assistant.outcome.decision", decision));
		}
	}

}
