package dev.deskhand.audit.internal;

import dev.deskhand.audit.AuditFilter;
import dev.deskhand.audit.Verification;
import dev.deskhand.audit.Verification.Kind;
import dev.deskhand.audit.Verification.Problem;
import dev.deskhand.shared.WorkspaceId;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies a workspace's chain: walks it in order on a cursor (never the whole chain in
 * memory), then compares its end with the chain head and the checkpoints. The checkpoints
 * are read before the walk starts and the walk reads one snapshot (repeatable read), so
 * entries appended meanwhile never look like missing ones.
 */
@Component
public class ChainVerifier {

	private final EntryQueries entries;

	private final CheckpointFile checkpoints;

	private final ChainMac macs;

	private final TransactionTemplate snapshot;

	ChainVerifier(EntryQueries entries, CheckpointFile checkpoints, ChainMac macs, PlatformTransactionManager tx) {
		this.entries = entries;
		this.checkpoints = checkpoints;
		this.macs = macs;
		this.snapshot = new TransactionTemplate(tx);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The first problem of the chain in order, or that it is intact; {@code name} labels
	 * the result.
	 */
	public Verification verify(UUID workspace, String name) {
		Checkpoints seen = checkpoints.read(workspace);
		Walk walk = Objects.requireNonNull(snapshot.execute(status -> walk(workspace, seen)));
		@Nullable Problem problem = walk.problem != null ? walk.problem : ChainEnd.problem(walk, seen);
		return problem == null ? Verification.passed(workspace, name, walk.checked)
				: Verification.failed(workspace, name, walk.checked, problem);
	}

	/** Every workspace that has a chain or a checkpoint file. */
	public Set<UUID> chains() {
		Set<UUID> all = new TreeSet<>(entries.chainedWorkspaces());
		all.addAll(checkpoints.workspaces());
		return all;
	}

	private Walk walk(UUID workspace, Checkpoints seen) {
		Walk walk = new Walk();
		walk.head = entries.head(workspace).orElse(null);
		try (Stream<ChainEntry> chain = entries.stream(new WorkspaceId(workspace), AuditFilter.all())) {
			Iterator<ChainEntry> it = chain.iterator();
			while (walk.problem == null && it.hasNext()) {
				walk.problem = check(walk, it.next(), it, seen);
			}
		}
		catch (IllegalArgumentException | NullPointerException unreadable) {
			walk.problem = new Problem(walk.last + 1, null, Kind.ALTERED,
					"Entry " + (walk.last + 1) + " cannot be read: " + unreadable.getMessage());
		}
		return walk;
	}

	private @Nullable Problem check(Walk walk, ChainEntry e, Iterator<ChainEntry> rest, Checkpoints seen) {
		long expected = walk.last + 1;
		if (e.seq() != expected) {
			return new Problem(expected, null, Kind.MISSING,
					"Entry " + expected + " is missing; the chain continues at " + e.seq());
		}
		if (!e.prevMac().equals(walk.lastMac)) {
			return new Problem(e.seq(), e.id(), Kind.FORGED, "Entry " + e.seq() + " does not link to entry " + walk.last
					+ ": entries were removed, inserted or reordered here");
		}
		if (!macs.of(e).equals(e.mac())) {
			return macMismatch(e, rest);
		}
		Checkpoints.Checkpoint cp = seen.at(e.seq());
		if (cp != null && !cp.mac().equals(e.mac())) {
			return new Problem(e.seq(), e.id(), Kind.TRUNCATED,
					"Entry " + e.seq() + " is not the one the checkpoint of " + cp.writtenAt()
							+ " saw: the chain was cut back and continued from an earlier entry");
		}
		walk.checked++;
		walk.last = e.seq();
		walk.lastMac = e.mac();
		return null;
	}

	/**
	 * Content changed under an old MAC, or a MAC made without the key? If the next entry
	 * links to this one's MAC and fails too, someone recomputed the chain from here on:
	 * forged. Otherwise this one entry was edited: altered.
	 */
	private Problem macMismatch(ChainEntry e, Iterator<ChainEntry> rest) {
		@Nullable ChainEntry next = rest.hasNext() ? rest.next() : null;
		boolean recomputed = next != null && next.seq() == e.seq() + 1 && next.prevMac().equals(e.mac())
				&& !macs.of(next).equals(next.mac());
		return recomputed
				? new Problem(e.seq(), e.id(), Kind.FORGED,
						"Entry " + e.seq() + " and the ones after it carry MACs not "
								+ "made with the audit key: the chain was recomputed from here")
				: new Problem(e.seq(), e.id(), Kind.ALTERED, "Entry " + e.seq() + " was changed after it was written: "
						+ "its content no longer matches its MAC");
	}

	/** Progress of a walk: the last intact entry and how many passed. */
	static final class Walk {

		long checked;

		long last;

		String lastMac = ChainMac.GENESIS;

		@Nullable Problem problem;

		ChainAppender.@Nullable Head head;

	}

}
