package dev.deskhand.assistant;

import dev.deskhand.shared.Text;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reply draft: its text in the customer's language and every fact in it with its source
 * and place. Offered as ready only when the verifier found nothing unbacked.
 *
 * @param id the stored draft (outcomes are recorded against it)
 * @param reason why a person must decide (null when ready)
 * @param facts the facts stated, with their spans in {@code text}
 */
public record Draft(UUID id, DraftStatus status, @Nullable Text reason, String language, Intent intent, String text,
		List<PlacedFact> facts) {

	public Draft {
		facts = List.copyOf(facts);
	}

	/** True when it may be offered as ready. */
	public boolean ready() {
		return status == DraftStatus.READY;
	}

}
