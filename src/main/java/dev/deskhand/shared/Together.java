package dev.deskhand.shared;

import java.util.List;
import java.util.function.Consumer;

/**
 * Handles a batch (the exceptions one evaluation raised, say) in one transaction, and
 * only when that fails each element in a transaction of its own, so one element that
 * cannot be handled does not hold back the others. Both consumers must be idempotent per
 * element (the second pass repeats what a rolled-back first pass did); the first failure
 * is rethrown after the rest were tried, with the others suppressed in it, so the event
 * registry keeps the batch's publication for another delivery.
 */
public final class Together {

	private Together() {
	}

	/**
	 * @param together handles all elements in one transaction
	 * @param alone handles one element in a transaction of its own
	 */
	public static <T> void orEachAlone(List<T> elements, Consumer<List<T>> together, Consumer<T> alone) {
		try {
			together.accept(elements);
			return;
		}
		catch (RuntimeException batchFailed) {
			if (elements.size() == 1) {
				throw batchFailed;
			}
		}
		RuntimeException first = null;
		for (T element : elements) {
			try {
				alone.accept(element);
			}
			catch (RuntimeException failed) {
				if (first == null) {
					first = failed;
				}
				else {
					first.addSuppressed(failed);
				}
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
