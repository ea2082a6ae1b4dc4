package dev.deskhand.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

	/**
	 * The current transaction's synchronization of this type, if one is registered (what
	 * a transaction gathers for its commit; Spring suspends synchronizations with their
	 * transaction, so a {@code REQUIRES_NEW} one has its own).
	 */
	public static <S extends TransactionSynchronization> Optional<S> synchronization(Class<S> type) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		return TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst();
	}

	/**
	 * The current transaction's synchronization of this type, registered from
	 * {@code create} on first use; empty when no transaction synchronizes.
	 */
	public static <S extends TransactionSynchronization> Optional<S> synchronization(Class<S> type,
			Supplier<S> create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		return Optional.of(synchronization(type).orElseGet(() -> {
			S created = create.get();
			TransactionSynchronizationManager.registerSynchronization(created);
			return created;
		}));
	}

	private static @Nullable Values current(boolean create) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		return (create ? synchronization(Values.class, Values::new) : synchronization(Values.class)).orElse(null);
	}

	private static final class Values implements TransactionSynchronization {

		private final Map<Class<?>, Map<Object, Object>> byKind = new HashMap<>();

	}

}
