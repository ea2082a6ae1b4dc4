package dev.deskhand.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.workspace.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free numbers per issuer under concurrency: two threads of this instance, and this
 * instance against a second one (its own connection pool and transaction manager running
 * the same numbering code against the same database), each number in its own issuing
 * transaction; a rolled-back issue gives its number back.
 */
@IntegrationTest
class InvoiceNumberingTests {

	private static final int PER_WORKER = 20;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	BillingTestData data;

	@Autowired
	InvoiceNumbers numbers;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Test
	void twoThreadsIssuingAtOnceGetEveryNumberOnce() throws Exception {
		UUID issuer = issuer();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		List<String> taken = race(() -> tx.execute(s -> numbers.next(issuer, 2031)),
				() -> tx.execute(s -> numbers.next(issuer, 2031)));
		assertThat(taken).containsExactlyElementsOf(expected(2031, 2 * PER_WORKER));
	}

	@Test
	void twoInstancesIssuingAtOnceGetEveryNumberOnce() throws Exception {
		UUID issuer = issuer();
		HikariDataSource own = dataSource.unwrap(HikariDataSource.class);
		try (HikariDataSource second = new HikariDataSource()) {
			second.setJdbcUrl(own.getJdbcUrl());
			second.setUsername(own.getUsername());
			second.setPassword(own.getPassword());
			second.setMaximumPoolSize(2);
			InvoiceNumbers otherInstance = new InvoiceNumbers(JdbcClient.create(second));
			TransactionTemplate otherTx = new TransactionTemplate(new DataSourceTransactionManager(second));
			TransactionTemplate tx = new TransactionTemplate(transactions);
			List<String> taken = race(() -> tx.execute(s -> numbers.next(issuer, 2032)),
					() -> otherTx.execute(s -> otherInstance.next(issuer, 2032)));
			assertThat(taken).containsExactlyElementsOf(expected(2032, 2 * PER_WORKER));
		}
	}

	@Test
	void aRolledBackIssueLeavesNoGap() {
		UUID issuer = issuer();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		assertThat(tx.<String>execute(s -> numbers.next(issuer, 2033))).isEqualTo("2033-0001");
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			assertThat(numbers.next(issuer, 2033)).isEqualTo("2033-0002");
			throw new IllegalStateException("the PDF could not be stored");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(tx.<String>execute(s -> numbers.next(issuer, 2033))).isEqualTo("2033-0002");
		assertThat(tx.<String>execute(s -> numbers.next(issuer, 2034))).as("a new year starts at 1")
			.isEqualTo("2034-0001");
	}

	private UUID issuer() {
		TestFixtures.Ws ws = fixtures.workspace("numbers");
		TestFixtures.Member assistant = fixtures.member(ws, Role.ASSISTANT, null);
		return data.issuer(assistant, "Numbers ApS", "DK", "STANDARD", "DK12345678", "n@example.test");
	}

	private static List<String> race(Callable<String> first, Callable<String> second) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<List<String>>> workers = new ArrayList<>();
			for (Callable<String> worker : List.of(first, second)) {
				workers.add(pool.submit(() -> {
					start.await();
					List<String> mine = new ArrayList<>();
					for (int i = 0; i < PER_WORKER; i++) {
						mine.add(worker.call());
					}
					return mine;
				}));
			}
			start.countDown();
			List<String> all = new ArrayList<>();
			for (Future<List<String>> w : workers) {
				all.addAll(w.get());
			}
			Collections.sort(all);
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<String> expected(int year, int count) {
		return IntStream.rangeClosed(1, count).mapToObj(n -> "%d-%04d".formatted(year, n)).toList();
	}

}
