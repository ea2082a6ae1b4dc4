package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.internal.SnoozeWatch;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Merging closes one item into another (whose page then holds both, and which later mail
 * on the merged conversation reaches), links show on both items, and a snoozed item
 * leaves the open queue until the snooze watch brings it back.
 */
@IntegrationTest
class ItemRelationsTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkQueue work;

	@Autowired
	TeamWork team;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	SnoozeWatch snoozes;

	@Autowired
	JdbcClient jdbc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void aMergedItemIsClosedAndLaterMailReachesTheSurvivor() {
		var ws = fixtures.workspace("merge");
		var mailbox = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
						inboxData.unreachableMailbox("support@merge.test")));
		var conversation = inboxData.receive(mailbox.id(), "kunde@arla.test", "POD for 020-12345675");
		WorkItemId fromMail = new WorkItemId(await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select id from work.item where conversation_id = ?")
				.param(conversation.value())
				.query(UUID.class)
				.optional()
				.orElse(null), Objects::nonNull));
		WorkItemView survivor = fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), Permission.WORK_VIEW);
			var created = work.create(m, NewWorkItem.of("pod", "Arla wants the POD"));
			assertThatThrownBy(() -> team.merge(m, fromMail, fromMail.toString()))
				.isInstanceOf(InvalidInputException.class);

			var relations = team.merge(m, fromMail, created.reference());
			assertThat(relations.merged()).extracting(ItemRef::id).containsExactly(fromMail);
			assertThat(work.item(m, fromMail).status()).isEqualTo(WorkStatus.CLOSED);
			assertThat(team.relations(m, fromMail).mergedInto().id()).isEqualTo(created.id());
			assertThat(work.timeline(m, created.id())).extracting(TimelineEntry::kind).contains(TimelineKind.MERGED);
			assertThat(work.timeline(m, fromMail)).extracting(TimelineEntry::kind).contains(TimelineKind.MERGED_INTO);
			assertThatThrownBy(() -> team.merge(m, fromMail, created.id().toString())).isInstanceOfSatisfying(
					InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("relations.error.merged"));

			// the customer writes again on the merged conversation: the survivor hears it
			inboxData.receive(mailbox.id(), "kunde@arla.test", "Re: POD for 020-12345675");
			await().atMost(Duration.ofSeconds(20))
				.until(() -> work.timeline(m, created.id())
					.stream()
					.anyMatch(e -> e.kind() == TimelineKind.EMAIL_RECEIVED));
			assertThat(work.item(m, fromMail).status()).as("stays closed").isEqualTo(WorkStatus.CLOSED);
			return created;
		});
		// the survivor's page shows the merged conversation; the merged one links to it
		var session = WebSession.signIn(port, ws.owner());
		var survivorPage = session.get("/w/" + ws.slug() + "/items/" + survivor.id() + "/relations").body();
		assertThat(survivorPage).contains("Merged from W-").contains("Please tell me.").doesNotContain("??");
		var mergedPage = session.get("/w/" + ws.slug() + "/items/" + fromMail + "/relations").body();
		assertThat(mergedPage).contains("merged-into").contains(survivor.reference()).doesNotContain("??");
	}

	@Test
	void linksShowOnBothItemsUntilRemoved() {
		var ws = fixtures.workspace("link");
		fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), Permission.WORK_VIEW);
			var one = work.create(m, NewWorkItem.of("pod", "POD for shipment 1"));
			var two = work.create(m, NewWorkItem.of("claim", "Damage claim shipment 1"));
			team.link(m, one.id(), two.reference().toLowerCase());
			team.link(m, two.id(), one.id().toString());
			assertThat(team.relations(m, one.id()).links()).extracting(ItemRef::id).containsExactly(two.id());
			assertThat(team.relations(m, two.id()).links()).extracting(ItemRef::id).containsExactly(one.id());
			assertThatThrownBy(() -> team.link(m, one.id(), "W-999999")).isInstanceOf(InvalidInputException.class);
			team.unlink(m, two.id(), one.id());
			assertThat(team.relations(m, one.id()).links()).isEmpty();
		});
	}

	@Test
	void aSnoozedItemLeavesTheOpenQueueAndComesBackByItself() {
		var ws = fixtures.workspace("snooze");
		fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), Permission.WORK_VIEW);
			var item = work.create(m, NewWorkItem.of("pod", "Call back Friday"));
			assertThatThrownBy(() -> team.snooze(m, item.id(), Instant.now().minusSeconds(60)))
				.isInstanceOf(InvalidInputException.class);
			Instant until = Instant.now().plus(Duration.ofHours(2));
			assertThat(team.snooze(m, item.id(), until).snoozedUntil()).isNotNull();
			var snoozedView = new QueueFilter(false, false, null, null, null, null, Set.of(), true);
			assertThat(work.queue(m, QueueFilter.open(), PageRequest.of(0, 50)).items()).isEmpty();
			assertThat(work.queue(m, snoozedView, PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
				.containsExactly(item.id());

			assertThat(snoozes.wake(Instant.now())).as("not yet").isZero();
			assertThat(snoozes.wake(until.plusSeconds(1))).isEqualTo(1);
			assertThat(work.queue(m, QueueFilter.open(), PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
				.containsExactly(item.id());
			assertThat(team.relations(m, item.id()).snoozedUntil()).isNull();
			assertThat(work.timeline(m, item.id())).extracting(TimelineEntry::kind)
				.contains(TimelineKind.SNOOZED, TimelineKind.UNSNOOZED);
		});
	}

}
