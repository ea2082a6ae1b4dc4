package dev.deskhand.audit.internal;

import dev.deskhand.shared.InTransaction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * The chains whose head the current transaction has locked, and the head it left each at.
 * Kept as a transaction synchronization because Spring suspends those with their
 * transaction: a {@code REQUIRES_NEW} transaction does not see its caller's locks, and
 * the caller sees them again afterwards. After commit the new heads go to the
 * checkpoints.
 */
final class ChainsTouched implements TransactionSynchronization {

	private final Map<UUID, ChainEntry> heads = new LinkedHashMap<>();

	private final Consumer<ChainEntry> afterCommit;

	private ChainsTouched(Consumer<ChainEntry> afterCommit) {
		this.afterCommit = afterCommit;
	}

	/**
	 * Notes that this transaction appended {@code entry}; {@code afterCommit} gets each
	 * chain's last entry.
	 */
	static void appended(ChainEntry entry, Consumer<ChainEntry> afterCommit) {
		InTransaction.synchronization(ChainsTouched.class, () -> new ChainsTouched(afterCommit))
			.orElseThrow(() -> new IllegalStateException("An audit entry is appended inside a transaction")).heads
			.put(entry.workspaceId(), entry);
	}

	/**
	 * Whether the current transaction holds the lock on the head of {@code workspace}'s
	 * chain.
	 */
	static boolean locked(UUID workspace) {
		return current().map(t -> t.heads.containsKey(workspace)).orElse(false);
	}

	/**
	 * The entry the current transaction appended last to {@code workspace}'s chain (so
	 * its head, locked by this transaction), if it appended one.
	 */
	static java.util.Optional<ChainEntry> last(UUID workspace) {
		return current().map(t -> t.heads.get(workspace));
	}

	private static java.util.Optional<ChainsTouched> current() {
		return InTransaction.synchronization(ChainsTouched.class);
	}

	@Override
	public void afterCommit() {
		heads.values().forEach(afterCommit);
	}

}
