package dev.deskhand.inbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.deskhand.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * What one fetch of a mailbox did.
 *
 * @param stored new messages stored
 * @param duplicates messages skipped because they were stored before (same Message-ID or
 * digest)
 * @param problems messages stored with a parse problem or as a placeholder (too large)
 * @param error why the fetch stopped early (connection, sign-in, another instance is
 * fetching), in English; null when it ran through
 * @param reason the same as a text of the bundles, for pages in the reader's language
 */
public record FetchResult(int stored, int duplicates, int problems, @Nullable String error,
		@JsonIgnore @Nullable Text reason) {

	/** A fetch that ran through, or failed with only English words. */
	public FetchResult(int stored, int duplicates, int problems, @Nullable String error) {
		this(stored, duplicates, problems, error, null);
	}

	/** A fetch that stopped early for {@code reason}. */
	public static FetchResult failed(int stored, int duplicates, int problems, Text reason) {
		return new FetchResult(stored, duplicates, problems, reason.english(), reason);
	}

}
