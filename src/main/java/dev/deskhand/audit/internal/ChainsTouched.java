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
 * the caller sees them again afterwards. Just before commit each chain's head row is
 * moved to the transaction's last entry (once, not with every entry); after commit the
 * new heads go to the checkpoints.
 */
final class ChainsTouched implements TransactionSynchronization {

	private final Map<UUID, ChainEntry> heads = new LinkedHashMap<>();

	private final Consumer<ChainEntry> beforeCommit;

	private final Consumer<ChainEntry> afterCommit;

	/**
	 * Whether the heads were moved already (an entry appended after that moves its own).
	 */
	private boolean moved;

	private ChainsTouched(Consumer<ChainEntry> beforeCommit, Consumer<ChainEntry> afterCommit) {
		this.beforeCommit = beforeCommit;
		this.afterCommit = afterCommit;
	}

	/**
	 * Notes that this transaction appended {@code entry}; {@code beforeCommit} and
	 * {@code afterCommit} get each chain's last entry.
	 */
	static void appended(ChainEntry entry, Consumer<ChainEntry> beforeCommit, Consumer<ChainEntry> afterCommit) {
		ChainsTouched t = InTransaction
			.synchronization(ChainsTouched.class, () -> new ChainsTouched(beforeCommit, afterCommit))
			.orElseThrow(() -> new IllegalStateException("An audit entry is appended inside a transaction"));
		t.heads.put(entry.workspaceId(), entry);
		if (t.moved) {
			beforeCommit.accept(entry);
		}
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
	public void beforeCommit(boolean readOnly) {
		heads.values().forEach(beforeCommit);
		moved = true;
	}

	@Override
	public void afterCommit() {
		heads.values().forEach(afterCommit);
	}

}
