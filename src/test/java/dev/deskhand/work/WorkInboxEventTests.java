package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.inbox.ReplySent;
import dev.deskhand.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox's events, published as the inbox will publish them, handled after commit. */
@IntegrationTest
class WorkInboxEventTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	AccessPolicy policy;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	void publish(Object event) {
		tx.executeWithoutResult(s -> events.publishEvent(event));
	}

	EmailReceived email(TestFixtures.Ws ws, ConversationId conversation, String from, boolean automated) {
		return new EmailReceived(ws.view().id(), MailboxId.random(), "support@acme.test", conversation,
				MessageId.random(), from, "Jens Hansen", "Where is order 4711?",
				Instant.now().truncatedTo(ChronoUnit.MICROS), automated);
	}

	List<QueueRow> itemsFrom(Membership m, String from) {
		return work
			.queue(m, new QueueFilter(false, false, null, null, null, from, Set.of(WorkStatus.values())),
					PageRequest.of(0, 10))
			.items();
	}

	@Test
	void oneItemPerConversationReopenedByTheCustomerButNotByAutoReplies() {
		var ws = fixtures.workspace("mail");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		setup.setCalendar(owner, new CalendarView("UTC", "mon-sun 00:00-24:00", null, null, List.of()));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Mail", null, "email", 60, 30, 600, null));
		ConversationId conversation = ConversationId.random();
		String from = "jens-" + System.nanoTime() + "@customer.test";
		publish(email(ws, conversation, from, false));
		await().atMost(Duration.ofSeconds(10)).until(() -> itemsFrom(owner, from).size() == 1);
		WorkItemId id = itemsFrom(owner, from).getFirst().id();
		WorkItemView created = work.item(owner, id);
		assertThat(created.scope()).isEqualTo("mailbox:support@acme.test");
		assertThat(created.sla().firstResponseDue()).isNotNull();

		publish(email(ws, conversation, from, false));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> count(owner, id, TimelineKind.EMAIL_RECEIVED) == 2 && itemsFrom(owner, from).size() == 1);

		OutgoingId outgoing = OutgoingId.random();
		work.recordReply(owner, id, outgoing);
		publish(new ReplySent(ws.view().id(), conversation, outgoing, MessageId.random(), Instant.now()));
		await().atMost(Duration.ofSeconds(10)).until(() -> count(owner, id, TimelineKind.REPLY_SENT) == 1);
		WorkItemView replied = work.item(owner, id);
		assertThat(replied.sla().firstResponseDue()).as("first response met").isNull();
		assertThat(replied.sla().resolutionDue()).isNotNull();
		assertThat(replied.status()).isEqualTo(WorkStatus.OPEN);

		work.resolve(owner, id);
		publish(email(ws, conversation, from, true));
		await().atMost(Duration.ofSeconds(10)).until(() -> count(owner, id, TimelineKind.AUTO_REPLY_RECEIVED) == 1);
		assertThat(work.item(owner, id).status()).as("an auto-reply does not reopen").isEqualTo(WorkStatus.RESOLVED);

		publish(email(ws, conversation, from, false));
		await().atMost(Duration.ofSeconds(10)).until(() -> work.item(owner, id).status() == WorkStatus.OPEN);
		assertThat(count(owner, id, TimelineKind.REOPENED)).isEqualTo(1);
		assertThat(work.item(owner, id).sla().nextResponseDue()).as("the customer wrote again").isNotNull();
		assertThat(itemsFrom(owner, from)).hasSize(1);
	}

	@Test
	void automaticMailStartingAConversationMakesNoItem() {
		var ws = fixtures.workspace("automail");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		String from = "noreply-" + System.nanoTime() + "@customer.test";
		publish(email(ws, ConversationId.random(), from, true));
		String person = "jens-" + System.nanoTime() + "@customer.test";
		publish(email(ws, ConversationId.random(), person, false));
		await().atMost(Duration.ofSeconds(10)).until(() -> itemsFrom(owner, person).size() == 1);
		assertThat(itemsFrom(owner, from)).isEmpty();
	}

	long count(Membership m, WorkItemId id, TimelineKind kind) {
		return work.timeline(m, id).stream().filter(e -> e.kind() == kind).count();
	}

}
