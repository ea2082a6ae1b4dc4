package dev.deskhand.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.inbox.MailboxId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fetch lease against the real database: a crashed instance's lease runs out within
 * the short lease time, a live fetch's lease is renewed and never stolen.
 */
@IntegrationTest
class FetchLeaseTests {

	private static final Duration SHORT = Duration.ofMillis(900);

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData data;

	@Autowired
	FetchLeases leases;

	@Autowired
	Fetcher fetcher;

	@Autowired
	JdbcClient jdbc;

	MailboxId mailbox;

	@BeforeEach
	void mailbox() {
		var ws = fixtures.workspace("lease");
		mailbox = fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				data.unreachableMailbox("lease-" + System.nanoTime() + "@nordhavn.test")))
			.id();
	}

	@Test
	void theLeaseACrashLeavesBehindRunsOutWithinAMinute() {
		FetchLeases.Lease crashed = leases.take(mailbox).orElseThrow();
		crashed.stopRenewing();

		assertThat(fetcher.fetch(mailbox).error()).startsWith("Another fetch of this mailbox is running");
		double left = jdbc.sql("select extract(epoch from fetch_lease_until - now()) from inbox.mailbox where id = ?")
			.param(mailbox.value())
			.query(Double.class)
			.single();
		assertThat(left).isBetween(1.0, 60.0);
	}

	@Test
	void aCrashedInstancesLeaseIsTakenOverOnceItRunsOut() throws Exception {
		FetchLeases.Lease crashed = leases.take(mailbox, SHORT).orElseThrow();
		crashed.stopRenewing(); // kill -9: no heartbeat, no release

		assertThat(leases.take(mailbox, SHORT)).isEmpty();
		Thread.sleep(SHORT.toMillis() + 300);

		var healthy = leases.take(mailbox, SHORT);
		assertThat(healthy).isPresent();
		healthy.get().close();
		assertThat(crashed.held()).isFalse();
	}

	@Test
	void aLiveFetchersLeaseIsRenewedAndNotStolen() throws Exception {
		try (FetchLeases.Lease live = leases.take(mailbox, SHORT).orElseThrow()) {
			for (int i = 0; i < 4; i++) {
				Thread.sleep(SHORT.toMillis() / 2 + 100);
				assertThat(leases.take(mailbox, SHORT)).as("stolen after %d ms", (i + 1) * 550).isEmpty();
				assertThat(live.held()).isTrue();
			}
		}
		var next = leases.take(mailbox, SHORT);
		assertThat(next).as("released on close").isPresent();
		next.get().close();
	}

}
