package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class InTransactionTests {

	final AtomicInteger loads = new AtomicInteger();

	String load() {
		return "value " + loads.incrementAndGet();
	}

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	void beginTransaction() {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
	}

	@Test
	void withoutATransactionEveryCallLoads() {
		assertThat(InTransaction.cached(String.class, "a", this::load)).isEqualTo("value 1");
		assertThat(InTransaction.cached(String.class, "a", this::load)).isEqualTo("value 2");
	}

	@Test
	void aTransactionLoadsEachKeyOnceUntilItForgetsIt() {
		beginTransaction();
		assertThat(InTransaction.cached(String.class, "a", this::load)).isEqualTo("value 1");
		assertThat(InTransaction.cached(String.class, "a", this::load)).isEqualTo("value 1");
		assertThat(InTransaction.cached(String.class, "b", this::load)).isEqualTo("value 2");
		assertThat(InTransaction.cached(Integer.class, "a", () -> 7)).as("kinds apart").isEqualTo(7);
		InTransaction.forget(String.class, "a");
		assertThat(InTransaction.cached(String.class, "a", this::load)).isEqualTo("value 3");
	}

	@Test
	void aNewTransactionStartsWithNothing() {
		beginTransaction();
		InTransaction.cached(String.class, "a", this::load);
		endTransaction();
		beginTransaction();
		assertThat(InTransaction.cached(String.class, "a", this::load)).isEqualTo("value 2");
	}

}
