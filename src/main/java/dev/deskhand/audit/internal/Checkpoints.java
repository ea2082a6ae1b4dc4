package dev.deskhand.audit.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a workspace's checkpoint file says: the MAC each checkpointed position had, the
 * newest checkpoint, and the first line that does not carry a valid HMAC (a forged or
 * damaged line), if any.
 */
record Checkpoints(Map<Long, Checkpoint> bySeq, @Nullable Checkpoint newest, @Nullable Integer firstInvalidLine) {

	static final Checkpoints NONE = new Checkpoints(Map.of(), null, null);

	@Nullable Checkpoint at(long seq) {
		return bySeq.get(seq);
	}

	/**
	 * One line: at {@code writtenAt} the chain's head was entry {@code seq} with MAC
	 * {@code mac}.
	 */
	record Checkpoint(long seq, String mac, Instant writtenAt, int line) {
	}

	static final class Builder {

		private final Map<Long, Checkpoint> bySeq = new HashMap<>();

		private @Nullable Checkpoint newest;

		private @Nullable Integer firstInvalid;

		void add(Checkpoint c) {
			// the oldest line for a position wins: it saw the entry before anyone could
			// replace it
			bySeq.putIfAbsent(c.seq(), c);
			if (newest == null || c.seq() > newest.seq()) {
				newest = c;
			}
		}

		void invalid(int line) {
			if (firstInvalid == null) {
				firstInvalid = line;
			}
		}

		Checkpoints build() {
			return new Checkpoints(Map.copyOf(bySeq), newest, firstInvalid);
		}

	}
}
