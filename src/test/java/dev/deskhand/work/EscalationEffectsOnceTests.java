package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.deskhand.EventResubmission;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.work.internal.WebhookOnEscalation;
import dev.deskhand.workspace.Role;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An escalation delivered twice — its publication resubmitted while the first delivery
 * still runs, as on two instances — has each outside effect once: one e-mail in the
 * outbox, one webhook request, and a failed delivery is retried without a restart.
 */
@IntegrationTest
class EscalationEffectsOnceTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkSetup setup;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventResubmission resubmission;

	@Autowired
	WebhookOnEscalation webhooks;

	HttpServer hook;

	final AtomicInteger requests = new AtomicInteger();

	final AtomicInteger refuseFirst = new AtomicInteger();

	@BeforeEach
	void startWebhook() throws IOException {
		hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		hook.createContext("/hook", exchange -> {
			exchange.getRequestBody().readAllBytes();
			requests.incrementAndGet();
			exchange.sendResponseHeaders(refuseFirst.getAndDecrement() > 0 ? 503 : 200, -1);
			exchange.close();
		});
		hook.start();
	}

	@AfterEach
	void stopWebhook() {
		hook.stop(0);
	}

	@Test
	void sameEscalationDeliveredTwiceAtOnceQueuesOneEmailAndPostsOneWebhook() throws Exception {
		var ws = fixtures.workspace("twice");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("dispatch@twice.test")));
		UUID rule = rule(ws, Set.of(EscalationChannel.EMAIL, EscalationChannel.WEBHOOK));
		WorkItemId item = new WorkItemId(UUID.randomUUID());
		var email = new EscalationRaised(ws.view().id(), item, rule, manager.member().id(), EscalationChannel.EMAIL,
				"W-9 \"Pallets\": SLA breached (resolution)");
		var webhook = new EscalationRaised(ws.view().id(), item, rule, null, EscalationChannel.WEBHOOK,
				"W-9 \"Pallets\": SLA breached (resolution)");

		// two "instances" publish (and so handle) the same escalations at the same moment
		CyclicBarrier together = new CyclicBarrier(2);
		List<CompletableFuture<Void>> nodes = List.of(
				CompletableFuture.runAsync(() -> publish(together, email, webhook)),
				CompletableFuture.runAsync(() -> publish(together, email, webhook)));
		nodes.forEach(CompletableFuture::join);
		await().atMost(Duration.ofSeconds(20)).until(() -> requests.get() >= 1 && emails(ws) >= 1);
		// and every publication of them delivered once more later: an instance died after
		// the effect but before marking its publication complete
		jdbc.sql("update event_publication set completion_date = null, status = 'PROCESSING' "
				+ "where serialized_event like ?")
			.param("%" + item.value() + "%")
			.update();
		assertThat(resubmit(Instant.now().plus(Duration.ofHours(1)), of(item))).isPositive();
		await().atMost(Duration.ofSeconds(20)).until(() -> unfinished(item) == 0);
		webhooks.sendDue(Instant.now().plus(Duration.ofHours(1)));

		assertThat(emails(ws)).as("e-mails queued").isEqualTo(1);
		assertThat(requests.get()).as("webhook requests").isEqualTo(1);
		assertThat(jdbc.sql("select status from work.webhook_delivery where item_id = ?")
			.param(item.value())
			.query(String.class)
			.list()).containsExactly("SENT");
	}

	@Test
	void failedEmailListenerIsResubmittedWithBackOffWithoutARestart() {
		var ws = fixtures.workspace("retry");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		UUID rule = rule(ws, Set.of(EscalationChannel.EMAIL));
		WorkItemId item = new WorkItemId(UUID.randomUUID());
		// no mailbox yet: the listener fails
		tx.executeWithoutResult(s -> events.publishEvent(new EscalationRaised(ws.view().id(), item, rule,
				manager.member().id(), EscalationChannel.EMAIL, "W-10 \"Customs\": SLA breached (first response)")));
		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(emailStatus(item)));
		assertThat(resubmit(Instant.now(), of(item))).as("not before its back-off").isZero();

		fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("dispatch@retry.test")));
		assertThat(resubmit(Instant.now().plus(Duration.ofMinutes(1)), of(item))).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> unfinished(item) == 0);
		assertThat(resubmit(Instant.now().plus(Duration.ofHours(1)), of(item))).isZero();

		assertThat(emails(ws)).isEqualTo(1);
	}

	@Test
	void refusedWebhookIsPostedAgainAfterBackOffOnly() {
		refuseFirst.set(1);
		var ws = fixtures.workspace("hook-retry");
		UUID rule = rule(ws, Set.of(EscalationChannel.WEBHOOK));
		WorkItemId item = new WorkItemId(UUID.randomUUID());
		tx.executeWithoutResult(s -> events.publishEvent(new EscalationRaised(ws.view().id(), item, rule, null,
				EscalationChannel.WEBHOOK, "W-11 \"Invoice\": SLA breached (resolution)")));
		await().atMost(Duration.ofSeconds(20)).until(() -> requests.get() == 1 && unfinished(item) == 0);

		assertThat(webhooks.sendDue(Instant.now().plusSeconds(30))).as("within the first minute's back-off").isZero();
		assertThat(webhooks.sendDue(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);
		assertThat(webhooks.sendDue(Instant.now().plus(Duration.ofHours(9)))).isZero();
		assertThat(requests.get()).isEqualTo(2);
	}

	private void publish(CyclicBarrier together, EscalationRaised... raised) {
		tx.executeWithoutResult(s -> {
			try {
				together.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			for (EscalationRaised e : raised) {
				events.publishEvent(e);
			}
		});
	}

	private UUID rule(TestFixtures.Ws ws, Set<EscalationChannel> channels) {
		String url = channels.contains(EscalationChannel.WEBHOOK)
				? "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook" : null;
		var rule = new NewEscalationRule(EscalationTrigger.BREACH, Role.MANAGER, null, channels, url, false);
		return fixtures.as(ws.owner(),
				() -> setup.addEscalationRule(policy.require(ws.slug(), Permission.WORK_MANAGE), rule).id());
	}

	/**
	 * Resubmits as the scheduled job would; waits while the application's own job (every
	 * 30 s in this shared context) holds the lock, which the call reports as -1.
	 */
	private int resubmit(Instant now, java.util.function.Predicate<EventPublication> only) {
		AtomicInteger resubmitted = new AtomicInteger();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			resubmitted.set(resubmission.resubmit(now, only));
			return resubmitted.get() >= 0;
		});
		return resubmitted.get();
	}

	private static java.util.function.Predicate<EventPublication> of(WorkItemId item) {
		return p -> p.getEvent() instanceof EscalationRaised e && e.item().equals(item);
	}

	private int unfinished(WorkItemId item) {
		return jdbc
			.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
			.param("%" + item.value() + "%")
			.query(Integer.class)
			.single();
	}

	private String emailStatus(WorkItemId item) {
		return jdbc
			.sql("select status from event_publication where serialized_event like ? "
					+ "and listener_id like '%EmailOnEscalation%'")
			.param("%" + item.value() + "%")
			.query(String.class)
			.single();
	}

	private int emails(TestFixtures.Ws ws) {
		return jdbc.sql("select count(*) from inbox.outgoing where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Integer.class)
			.single();
	}

}
