package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.ConversationView.Direction;
import dev.deskhand.inbox.internal.OutboxSender;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole round trip over real SMTP and IMAP (GreenMail): a customer's mail arrives, is
 * stored and announced, a reply is queued and sent with the right threading headers, and
 * the customer's answer lands in the same conversation.
 */
@IntegrationTest
@RecordApplicationEvents
class InboxEndToEndTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	ApplicationEvents events;

	MailServer server;

	@BeforeEach
	void start() {
		server = new MailServer("e2e");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void customerMailIsStoredAnsweredAndTheAnswerThreadsBack() throws Exception {
		var ws = fixtures.workspace("inbox");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(owner(ws), server.settings()));
		MimeMessage original = server.customerSends("Lieferung 4711 verspätet",
				"Hallo, wo bleibt die Lieferung? Grüße aus Köln, Jürgen Größe", null, null);

		FetchResult first = fixtures.as(ws.owner(), () -> inbox.fetchNow(owner(ws), box.id()));

		assertThat(first).isEqualTo(new FetchResult(1, 0, 0, null));
		EmailReceived received = events.stream(EmailReceived.class).reduce((a, b) -> b).orElseThrow();
		assertThat(received.fromAddress()).isEqualTo(server.customer);
		assertThat(received.subject()).isEqualTo("Lieferung 4711 verspätet");
		assertThat(received.automated()).isFalse();
		assertThat(received.mailboxAddress()).isEqualTo(server.support);

		fixtures.as(ws.owner(), () -> inbox.setSignature(owner(ws), "Mette Holm\nNordhavn Logistics"));
		OutgoingId reply = fixtures.as(ws.owner(), () -> inbox.queueReply(owner(ws), received.conversation(),
				"Guten Tag, die Sendung kommt morgen.", List.of(), false));
		sender.sendDue(); // other tests' due rows may go too: the database is shared

		List<MimeMessage> atCustomer = server.customerInbox();
		assertThat(atCustomer).hasSize(1);
		MimeMessage answer = atCustomer.getFirst();
		assertThat(answer.getSubject()).isEqualTo("Re: Lieferung 4711 verspätet");
		assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(original.getMessageID());
		assertThat(answer.getHeader("References", null)).contains(original.getMessageID());
		assertThat(answer.getFrom()[0].toString()).contains(server.support);
		assertThat(answer.getHeader("Auto-Submitted")).isNull();
		assertThat(((String) answer.getContent()).replace("\r\n", "\n")).contains("die Sendung kommt morgen")
			.contains("-- \nMette Holm");
		ReplySent sent = events.stream(ReplySent.class).reduce((a, b) -> b).orElseThrow();
		assertThat(sent.outgoing()).isEqualTo(reply);
		List<OutgoingView> outbox = fixtures.as(ws.owner(), () -> inbox.outgoing(owner(ws), received.conversation()));
		assertThat(outbox).singleElement().satisfies(o -> {
			assertThat(o.status()).isEqualTo(OutgoingView.Status.SENT);
			assertThat(o.rfcMessageId()).isEqualTo(answer.getMessageID());
		});

		server.customerSends("Re: Re: Lieferung 4711 verspätet", "Danke!\n\n> Guten Tag, die Sendung kommt morgen.",
				answer.getMessageID(), original.getMessageID() + " " + answer.getMessageID());
		FetchResult second = fixtures.as(ws.owner(), () -> inbox.fetchNow(owner(ws), box.id()));

		assertThat(second.stored()).isEqualTo(1);
		ConversationView conversation = fixtures.as(ws.owner(),
				() -> inbox.conversation(owner(ws), received.conversation()));
		assertThat(conversation.messages()).extracting(ConversationView.MessageView::direction)
			.containsExactly(Direction.IN, Direction.OUT, Direction.IN);
		assertThat(conversation.messages().get(0).body()).contains("Jürgen Größe");
		assertThat(conversation.messages().get(2).body()).isEqualTo("Danke!");
		assertThat(conversation.messages().get(2).quoted()).startsWith("> Guten Tag");
	}

	private Membership owner(TestFixtures.Ws ws) {
		return policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
	}

}
