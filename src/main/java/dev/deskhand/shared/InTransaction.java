package dev.deskhand.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction: a transaction that creates a hundred work items (a
 * batch of tracking exceptions) reads the workspace's business calendar once, not a
 * hundred times. Held by a transaction synchronization, so a {@code REQUIRES_NEW}
 * transaction does not see its caller's values (Spring suspends synchronizations with
 * their transaction) and the values end with the transaction. Without a transaction every
 * call loads afresh.
 */
public final class InTransaction {

	private InTransaction() {
	}

	/**
	 * The value this transaction loaded for {@code key} of {@code kind}, or the one
	 * {@code load} gives now (kept for the rest of the transaction).
	 */
	@SuppressWarnings("unchecked")
	public static <T> T cached(Class<?> kind, Object key, Supplier<T> load) {
		Values values = current(true);
		if (values == null) {
			return load.get();
		}
		Map<Object, Object> ofKind = values.byKind.computeIfAbsent(kind, k -> new HashMap<>());
		Object value = ofKind.get(key);
		if (value == null) {
			value = load.get();
			ofKind.put(key, value);
		}
		return (T) value;
	}

	/**
	 * Forgets this transaction's value (after the transaction changed what it came from).
	 */
	public static void forget(Class<?> kind, Object key) {
		Values values = current(false);
		if (values != null && values.byKind.containsKey(kind)) {
			values.byKind.get(kind).remove(key);
		}
	}

	/**
	 * Runs {@code action} once the current transaction committed (not at all if it rolls
	 * back), or now when there is no transaction.
	 */
	public static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private static @Nullable Values current(boolean create) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Values v) {
				return v;
			}
		}
		if (!create) {
			return null;
		}
		Values v = new Values();
		TransactionSynchronizationManager.registerSynchronization(v);
		return v;
	}

	private static final class Values implements TransactionSynchronization {

		private final Map<Class<?>, Map<Object, Object>> byKind = new HashMap<>();

	}

}
