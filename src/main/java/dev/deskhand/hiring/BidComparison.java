package dev.deskhand.hiring;

import dev.deskhand.documents.DocumentView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One bid in the post's compare table.
 *
 * @param overlapHours hours a week the bidder's availability overlaps the post's overlap
 * window (null: the post asks for none)
 * @param matchedLanguages the post's required languages the bidder writes
 * @param missingLanguages the post's required languages the bidder does not name
 */
public record BidComparison(BidView bid, @Nullable Double overlapHours, List<String> matchedLanguages,
		List<String> missingLanguages, List<DocumentView> samples, Scorecard scores) {

	public BidComparison {
		matchedLanguages = List.copyOf(matchedLanguages);
		missingLanguages = List.copyOf(missingLanguages);
		samples = List.copyOf(samples);
	}

}
