package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.ItemMail;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkMail;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mailbox that is not connected (the demo's, one switched off) still takes replies:
 * they wait in the outbox, shown as held in the reader's language, the item's timeline
 * shows them queued, and they go out once the mailbox is connected.
 */
@IntegrationTest
class HeldRepliesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData data;

	@Autowired
	OutboxSender sender;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkMail mail;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void aReplyFromADisabledMailboxIsHeldUntilItIsConnected() throws Exception {
		var ws = fixtures.workspace("held");
		var person = workspaces.registerPerson("held-" + System.nanoTime() + "@example.test", "Søren Holm",
				TestFixtures.PASSWORD, "da", "Europe/Copenhagen");
		var søren = fixtures.join(ws, person, Role.EMPLOYEE, null, true);
		try (MailServer server = new MailServer("held")) {
			MailboxView box = fixtures.as(ws.owner(), () -> {
				Membership m = policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
				MailboxView added = inbox.addMailbox(m, server.settings());
				return inbox.disableMailbox(m, added.id());
			});
			ConversationId conversation = data.receive(box.id(), server.customer, "Hvor er palle 4711?",
					"Hej, hvor er vores palle?");
			QueueRow row = await().atMost(Duration.ofSeconds(10))
				.until(() -> fixtures
					.as(søren,
							() -> work
								.queue(member(ws, søren),
										new QueueFilter(false, false, null, null, null, null,
												Set.of(WorkStatus.values())),
										PageRequest.of(0, 20))
								.items()
								.stream()
								.findFirst()
								.orElse(null)),
						r -> r != null);

			fixtures.as(søren, () -> mail.send(member(ws, søren), row.id(),
					new ItemMail(ItemMail.Kind.REPLY, OutgoingMail.reply("Den er på vej."), null, null, null)));
			sender.sendDue();

			OutgoingView held = fixtures.as(søren, () -> inbox.outgoing(member(ws, søren), conversation)).getFirst();
			assertThat(held.status()).isEqualTo(OutgoingView.Status.QUEUED);
			assertThat(held.held()).isTrue();
			assertThat(held.attempts()).as("not tried while held").isZero();
			assertThat(server.customerInbox()).isEmpty();
			assertThat(fixtures.as(søren, () -> work.timeline(member(ws, søren), row.id()))).extracting(e -> e.kind())
				.contains(TimelineKind.REPLY_QUEUED);
			String page = WebSession.signIn(port, søren).get("/w/" + ws.slug() + "/items/" + row.id()).body();
			assertThat(page).contains("holdes tilbage: postkassen er ikke forbundet", "venter på at blive sendt");

			fixtures.as(ws.owner(), () -> inbox.updateMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
					box.id(), server.settings()));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return server.customerInbox().size() == 1;
			});
			assertThat(server.customerInbox().getFirst().getSubject()).isEqualTo("Re: Hvor er palle 4711?");
			assertThat(fixtures.as(søren, () -> inbox.outgoing(member(ws, søren), conversation)).getFirst().held())
				.isFalse();
		}
	}

	private Membership member(TestFixtures.Ws ws, TestFixtures.Member who) {
		return policy.require(ws.slug(), Permission.WORK_VIEW);
	}

}
