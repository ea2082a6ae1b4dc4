package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.AutomaticMailSamples;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.TimelineEntry;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.work.WorkStatus;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Auto-replies and bounces over real IMAP (GreenMail): they go on the item they answer —
 * a bounce also marks the reply it returns — and never reopen it, start a clock or create
 * an item; those that answer nothing stay filed in the inbox.
 */
@IntegrationTest
class AutomaticMailTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Test
	void autoRepliesAndBouncesLandOnTheItemTheyAnswerWithoutMovingIt() throws Exception {
		var ws = fixtures.workspace("automatic");
		try (MailServer mail = new MailServer("automatic")) {
			MailboxView box = fixtures.as(ws.owner(), () -> {
				setup.addSlaPolicy(manager(ws), new NewSlaPolicy(null, "E-mail", null, null, 60, 120, 480, 0.8));
				return inbox.addMailbox(manager(ws), mail.settings());
			});
			mail.customerSends("Afhentning i morgen", "Kan I hente kl. 10?", null, null);
			fetch(ws, box);
			QueueRow row = await().atMost(Duration.ofSeconds(10)).until(() -> item(ws, mail.customer), r -> r != null);
			fixtures.as(ws.owner(), () -> work.reply(manager(ws), row.id(), "Ja, vi kommer kl. 10."));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return mail.customerInbox().size() == 1;
			});
			MimeMessage reply = mail.customerInbox().getFirst();
			await().atMost(Duration.ofSeconds(10))
				.until(() -> view(ws, row).sla().firstResponseDue() == null
						&& view(ws, row).status() == WorkStatus.OPEN);
			fixtures.as(ws.owner(), () -> work.resolve(manager(ws), row.id()));

			long n = System.nanoTime();
			mail.deliver(AutomaticMailSamples.gmailVacation("<vac-" + n + "@mail.gmail.com>", reply.getMessageID(),
					mail.customer, mail.support));
			mail.deliver(AutomaticMailSamples.danishAutosvar("<autosvar-" + n + "@lego.test>", reply.getMessageID(),
					mail.customer, mail.support));
			mail.deliver(AutomaticMailSamples.postfixDsn("<dsn-" + n + "@mail.nordhavn.test>", reply.getMessageID(),
					mail.customer, mail.support));
			FetchResult fetched = fetch(ws, box);

			assertThat(fetched.stored()).isEqualTo(3);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> count(ws, row, TimelineKind.AUTO_REPLY_RECEIVED) == 2
						&& count(ws, row, TimelineKind.BOUNCE_RECEIVED) == 1);
			WorkItemView after = view(ws, row);
			assertThat(after.status()).as("not reopened").isEqualTo(WorkStatus.RESOLVED);
			assertThat(after.sla().nextResponseDue()).as("no clock started").isNull();
			assertThat(count(ws, row, TimelineKind.REOPENED)).isZero();
			TimelineEntry bounce = timeline(ws, row).stream()
				.filter(e -> e.kind() == TimelineKind.BOUNCE_RECEIVED)
				.findFirst()
				.orElseThrow();
			assertThat(bounce.data()).containsEntry("to", mail.customer);
			assertThat((String) bounce.data().get("text")).startsWith("550 5.1.1");
			ConversationView conversation = fixtures.as(ws.owner(), () -> inbox
				.conversation(policy.require(ws.slug(), Permission.INBOX_VIEW), conversationOf(ws, row)));
			var sent = conversation.messages()
				.stream()
				.filter(m -> m.direction() == ConversationView.Direction.OUT)
				.findFirst()
				.orElseThrow();
			assertThat(sent.bouncedAt()).as("the reply is marked bounced").isNotNull();
			assertThat(sent.bounceReason()).contains("User unknown");
			assertThat(conversation.messages()).filteredOn(m -> m.direction() == ConversationView.Direction.IN)
				.extracting(ConversationView.MessageView::automaticKind)
				.containsExactlyInAnyOrder(null, AutomaticKind.AUTO_REPLY, AutomaticKind.AUTO_REPLY,
						AutomaticKind.BOUNCE);
		}
	}

	@Test
	void automaticMailThatAnswersNothingIsFiledWithoutAnItem() throws Exception {
		var ws = fixtures.workspace("filed");
		try (MailServer mail = new MailServer("filed")) {
			MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(manager(ws), mail.settings()));
			long n = System.nanoTime();
			mail.deliver(AutomaticMailSamples.exchangeNdr("<ndr-" + n + "@elbtal.example>",
					"<unknown-" + n + "@x.test>", "fahrer@spedition.example", mail.support));
			mail.deliver(AutomaticMailSamples.germanAbwesenheitsnotiz("<abw-" + n + "@kunde.example>",
					"Lieferschein 4711", "juergen-" + n + "@kunde.example", mail.support));
			mail.customerSends("Neue Anfrage " + n, "Bitte um Angebot.", null, null);

			assertThat(fetch(ws, box).stored()).isEqualTo(3);
			await().atMost(Duration.ofSeconds(10)).until(() -> item(ws, mail.customer), r -> r != null);
			assertThat(all(ws)).as("only the person's mail made an item")
				.extracting(QueueRow::title)
				.containsExactly("Neue Anfrage " + n);
		}
	}

	private ConversationId conversationOf(TestFixtures.Ws ws, QueueRow row) {
		return java.util.Objects.requireNonNull(view(ws, row).conversation());
	}

	private FetchResult fetch(TestFixtures.Ws ws, MailboxView box) {
		return fixtures.as(ws.owner(),
				() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
	}

	private Membership manager(TestFixtures.Ws ws) {
		return policy.require(ws.slug(), Permission.WORK_MANAGE);
	}

	private QueueRow item(TestFixtures.Ws ws, String from) {
		return fixtures
			.as(ws.owner(), () -> work
				.queue(manager(ws), new QueueFilter(false, false, null, null, null, from, Set.of(WorkStatus.values())),
						PageRequest.of(0, 10))
				.items()
				.stream()
				.findFirst()
				.orElse(null));
	}

	private List<QueueRow> all(TestFixtures.Ws ws) {
		return fixtures.as(ws.owner(),
				() -> work
					.queue(manager(ws),
							new QueueFilter(false, false, null, null, null, null, Set.of(WorkStatus.values())),
							PageRequest.of(0, 50))
					.items());
	}

	private WorkItemView view(TestFixtures.Ws ws, QueueRow row) {
		return fixtures.as(ws.owner(), () -> work.item(manager(ws), row.id()));
	}

	private List<TimelineEntry> timeline(TestFixtures.Ws ws, QueueRow row) {
		return fixtures.as(ws.owner(), () -> work.timeline(manager(ws), row.id()));
	}

	private long count(TestFixtures.Ws ws, QueueRow row, TimelineKind kind) {
		return timeline(ws, row).stream().filter(e -> e.kind() == kind).count();
	}

}
