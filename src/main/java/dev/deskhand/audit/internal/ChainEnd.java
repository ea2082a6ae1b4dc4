package dev.deskhand.audit.internal;

import dev.deskhand.audit.Verification.Kind;
import dev.deskhand.audit.Verification.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Checks where an intact chain ends against what was recorded outside it: the head row,
 * which every append moves, and the checkpoint file, which an attacker with only database
 * access cannot rewrite.
 */
final class ChainEnd {

	private ChainEnd() {
	}

	static @Nullable Problem problem(ChainVerifier.Walk walk, Checkpoints seen) {
		Problem head = againstHead(walk);
		return head != null ? head : againstCheckpoints(walk, seen);
	}

	private static @Nullable Problem againstHead(ChainVerifier.Walk walk) {
		long headSeq = walk.head == null ? 0 : walk.head.seq();
		if (headSeq > walk.last) {
			return new Problem(walk.last + 1, null, Kind.TRUNCATED,
					"Entries after " + walk.last + " are missing; the chain head says the chain reaches " + headSeq);
		}
		if (headSeq < walk.last) {
			return new Problem(headSeq + 1, null, Kind.FORGED,
					"Entries after " + headSeq + " were added without moving the chain head");
		}
		if (walk.head != null && !walk.head.mac().equals(walk.lastMac)) {
			return new Problem(walk.last, null, Kind.FORGED,
					"The chain head's MAC differs from entry " + walk.last + "'s");
		}
		return null;
	}

	private static @Nullable Problem againstCheckpoints(ChainVerifier.Walk walk, Checkpoints seen) {
		Checkpoints.Checkpoint newest = seen.newest();
		if (newest != null && newest.seq() > walk.last) {
			return new Problem(walk.last + 1, null, Kind.TRUNCATED, "Entries after " + walk.last
					+ " are missing; the checkpoint of " + newest.writtenAt() + " saw the chain reach " + newest.seq());
		}
		if (seen.firstInvalidLine() != null) {
			return new Problem(walk.last, null, Kind.FORGED, "Line " + seen.firstInvalidLine()
					+ " of the checkpoint file is not signed with the audit key: it was edited or made up");
		}
		return null;
	}

}
