package dev.deskhand.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking one workspace's audit chain.
 *
 * @param workspaceId the workspace checked
 * @param workspace its address (slug), or its id when the workspace itself no longer
 * exists
 * @param ok true when no problem was found; then {@code problem} is null
 * @param checked how many entries passed before the first problem (all of them when
 * {@code ok})
 * @param problem the first problem in chain order, or null
 */
public record Verification(UUID workspaceId, String workspace, boolean ok, long checked, @Nullable Problem problem) {

	public Verification {
		if (ok != (problem == null)) {
			throw new IllegalArgumentException("ok must be true exactly when there is no problem");
		}
	}

	public static Verification passed(UUID workspaceId, String workspace, long checked) {
		return new Verification(workspaceId, workspace, true, checked, null);
	}

	public static Verification failed(UUID workspaceId, String workspace, long checked, Problem problem) {
		return new Verification(workspaceId, workspace, false, checked, problem);
	}

	/**
	 * The first thing wrong with a chain.
	 *
	 * @param seq the position in the chain where it shows
	 * @param entryId the entry at that position, or null when it is missing
	 * @param kind what is wrong
	 * @param message a sentence for people
	 */
	public record Problem(long seq, @Nullable UUID entryId, Kind kind, String message) {
	}

	public enum Kind {

		/**
		 * The entry's content no longer matches its MAC: it was changed after it was
		 * written.
		 */
		ALTERED,
		/** A position of the chain is empty: the entry was deleted. */
		MISSING,
		/**
		 * The entry's MAC was not made with the audit key, or it does not link to its
		 * predecessor.
		 */
		FORGED,
		/**
		 * The newest entries are gone: the chain ends before what the chain head or a
		 * checkpoint saw.
		 */
		TRUNCATED

	}
}
