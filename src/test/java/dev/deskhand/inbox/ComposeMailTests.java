package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.ItemMail;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkMail;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.Role;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attachments both ways against GreenMail: a received POD opens from its item only for
 * those who may open the item; replies carry uploads, Cc and a Bcc that no header names;
 * forwards carry the original's attachments; a form sent twice sends once.
 */
@IntegrationTest
class ComposeMailTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	MailComposer composer;

	@Autowired
	OutboxSender sender;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkMail mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InboxTestData inboxData;

	@Test
	void replyForwardAndAttachmentsGoOutOnceWithCopiesAndFiles() throws Exception {
		var ws = fixtures.workspace("compose");
		try (MailServer server = new MailServer("compose")) {
			String colleague = "kollega-" + System.nanoTime() + "@lego.test";
			String secret = "revisor-" + System.nanoTime() + "@nordhavn.test";
			String carrier = "disponent-" + System.nanoTime() + "@dsv.test";
			var box = fixtures.as(ws.owner(),
					() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), server.settings()));
			customerSendsPod(server, colleague);
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			QueueRow row = await().atMost(Duration.ofSeconds(10)).until(() -> first(ws), r -> r != null);
			var item = fixtures.as(ws.owner(), () -> work.item(owner(ws), row.id()));
			var conversation = fixtures.as(ws.owner(), () -> inbox.conversation(owner(ws), item.conversation()));
			var pod = conversation.messages().getFirst().attachments().getFirst();
			assertThat(pod.name()).isEqualTo("POD æøå.pdf");

			// reply-all defaults: the customer, and the colleague in Cc (not the mailbox)
			var defaults = fixtures.as(ws.owner(), () -> composer.defaults(owner(ws), item.conversation()));
			assertThat(defaults.replyTo()).isEqualTo(server.customer);
			assertThat(defaults.replyAllCc()).containsExactly(colleague);

			// the POD opens from the item: a signed link, shown inline for a preview
			WebSession web = WebSession.signIn(port, ws.owner());
			var redirect = web
				.get("/w/" + ws.slug() + "/items/" + row.id() + "/attachments/" + pod.document() + "?preview=1");
			assertThat(redirect.statusCode()).isEqualTo(302);
			String link = redirect.headers().firstValue("Location").orElseThrow();
			assertThat(link).contains("/files/" + pod.document()).contains("preview=1");
			var file = web.get(link.replace("http://localhost:" + port, ""));
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
			assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");
			assertThat(file.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("frame-ancestors 'self'")
				.contains("default-src 'none'");
			// the page may frame only its own origin's files; objects stay refused
			var page = web.get("/w/" + ws.slug() + "/items/" + row.id());
			assertThat(page.body()).contains("pdf-preview").contains("POD æøå.pdf");
			assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
				.contains("object-src 'none'");

			// someone who may not open the mailbox's items cannot fetch the file
			var scoped = fixtures.member(ws, Role.ASSISTANT, null, new ScopeRef("mailbox", "other@nordhavn.test"));
			var refused = WebSession.signIn(port, scoped)
				.get("/w/" + ws.slug() + "/items/" + row.id() + "/attachments/" + pod.document());
			assertThat(refused.statusCode()).isEqualTo(404);

			// a reply with an upload (æøå in its name), Cc and Bcc; sent twice with one
			// key
			DocumentId cmr = fixtures
				.as(ws.owner(),
						() -> composer.storeUpload(owner(ws), box.id(), "CMR Århus.pdf",
								new java.io.ByteArrayInputStream(PDF)))
				.id();
			var request = new OutgoingMail(List.of(""), List.of(colleague), List.of(secret), "Here is the CMR.",
					List.of(cmr), "key-" + System.nanoTime());
			var first = fixtures.as(ws.owner(), () -> mail.send(owner(ws), row.id(),
					new ItemMail(ItemMail.Kind.REPLY, request, null, null, ItemMail.Then.WAIT)));
			var again = fixtures.as(ws.owner(), () -> mail.send(owner(ws), row.id(),
					new ItemMail(ItemMail.Kind.REPLY, request, null, null, ItemMail.Then.WAIT)));
			assertThat(again).isEqualTo(first);
			assertThat(fixtures.as(ws.owner(), () -> work.item(owner(ws), row.id())).status())
				.isEqualTo(WorkStatus.WAITING_ON_CUSTOMER);
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return server.customerInboxFor(secret).size() == 1;
			});
			MimeMessage reply = server.customerInbox().getFirst();
			assertThat(server.customerInbox()).hasSize(1);
			assertThat(reply.getHeader("Cc")[0]).contains(colleague);
			assertThat(reply.getHeader("Bcc")).isNull();
			assertThat(raw(reply)).doesNotContain(secret).contains("filename*=");
			assertThat(attachmentNames(reply)).containsExactly("CMR Århus.pdf");
			MimeMessage blind = server.customerInboxFor(secret).getFirst();
			assertThat(blind.getHeader("Bcc")).isNull();
			assertThat(server.customerInboxFor(colleague)).hasSize(1);
			// shown in the conversation with its attachment
			var after = fixtures.as(ws.owner(), () -> inbox.conversation(owner(ws), item.conversation()));
			var sent = after.messages().getLast();
			assertThat(sent.direction()).isEqualTo(ConversationView.Direction.OUT);
			assertThat(sent.attachments()).extracting(ConversationView.AttachmentView::name)
				.containsExactly("CMR Århus.pdf");

			// forward the customer's mail with its POD to the carrier, then resolve
			var forward = new OutgoingMail(List.of(carrier), List.of(), List.of(), "Please pick up on Monday.",
					List.of(pod.document()), null);
			fixtures.as(ws.owner(), () -> mail.send(owner(ws), row.id(), new ItemMail(ItemMail.Kind.FORWARD, forward,
					conversation.messages().getFirst().id(), null, ItemMail.Then.RESOLVE)));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return server.customerInboxFor(carrier).size() == 1;
			});
			MimeMessage forwarded = server.customerInboxFor(carrier).getFirst();
			assertThat(forwarded.getSubject()).isEqualTo("Fwd: Levering 4711 – POD");
			assertThat(attachmentNames(forwarded)).containsExactly("POD æøå.pdf");
			assertThat(raw(forwarded)).contains("Please pick up on Monday.").contains("Forwarded message");
			assertThat(fixtures.as(ws.owner(), () -> work.item(owner(ws), row.id())).status())
				.isEqualTo(WorkStatus.RESOLVED);
			assertThat(jdbc.sql("select count(*) from inbox.outgoing where conversation_id = ?")
				.param(item.conversation().value())
				.query(Integer.class)
				.single()).isEqualTo(2);
		}
	}

	@Test
	void refusesBadAddressesWithATranslatableReasonAndQueuesNothing() {
		var ws = fixtures.workspace("compose-bad");
		var box = fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("support-" + System.nanoTime() + "@nordhavn.test")));
		assertThat(box).isNotNull();
		var bad = new OutgoingMail(List.of("ole@dsv.test"), List.of("not an address"), List.of(), "Hej", List.of(),
				null);
		assertThatThrownBy(
				() -> fixtures.as(ws.owner(), () -> composer.startConversation(owner(ws), null, "Afhentning", bad)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.field()).isEqualTo("/cc");
				assertThat(e.messageKey()).isEqualTo("compose.error.address.cc");
			});
		var noTo = new OutgoingMail(List.of(" "), List.of(), List.of(), "Hej", List.of(), null);
		assertThatThrownBy(
				() -> fixtures.as(ws.owner(), () -> composer.startConversation(owner(ws), null, "Afhentning", noTo)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("compose.error.to"));
		assertThat(jdbc.sql("select count(*) from inbox.outgoing where workspace_id = ?")
			.param(ws.view().id().value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aNewMailFromTheQueueStartsAConversationAndItsItemWithTheIdentity() {
		var ws = fixtures.workspace("compose-new");
		var box = fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("support-" + System.nanoTime() + "@nordhavn.test")));
		fixtures.as(ws.owner(), () -> {
			composer.setMailboxSignature(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id(),
					"Nordhavn Spedition\nTlf. 70 20 30 40");
			composer.setPersonIdentity(owner(ws), "{{person.name}} · {{mailbox.name}}",
					"Venlig hilsen {{person.name}}\n{{mailbox.signature}}");
		});
		var item = fixtures.as(ws.owner(),
				() -> mail.start(owner(ws), box.id(), "Afhentning i morgen",
						new OutgoingMail(List.of("disponent@dsv.test"), List.of(), List.of(), "Kan I hente i morgen?",
								List.of(), null),
						null));
		assertThat(item.conversation()).isNotNull();
		assertThat(item.title()).isEqualTo("Afhentning i morgen");
		String payload = jdbc.sql("select payload::text from inbox.outgoing where conversation_id = ?")
			.param(item.conversation().value())
			.query(String.class)
			.single();
		String name = ws.owner().member().displayName();
		assertThat(payload).contains("Venlig hilsen " + name)
			.contains("Tlf. 70 20 30 40")
			.contains(name + " · " + box.displayName());
		var suggestions = fixtures.as(ws.owner(), () -> composer.correspondents(owner(ws), "dsv", 10));
		assertThat(suggestions).isEmpty(); // nothing was sent yet: suggestions come from
											// sent and received mail
	}

	private Membership owner(TestFixtures.Ws ws) {
		return policy.require(ws.slug(), Permission.WORK_VIEW);
	}

	private QueueRow first(TestFixtures.Ws ws) {
		return fixtures
			.as(ws.owner(),
					() -> work.queue(owner(ws), QueueFilter.open(), PageRequest.of(0, 10)).items().stream().findFirst())
			.orElse(null);
	}

	static void customerSendsPod(MailServer server, String colleague) throws Exception {
		Properties p = new Properties();
		p.put("mail.smtp.host", "127.0.0.1");
		p.put("mail.smtp.port", String.valueOf(server.mail.getSmtp().getPort()));
		MimeMessage m = new MimeMessage(Session.getInstance(p));
		m.setFrom(new InternetAddress(server.customer, "Karen Kunde", "UTF-8"));
		m.setRecipient(Message.RecipientType.TO, new InternetAddress(server.support));
		m.setRecipient(Message.RecipientType.CC, new InternetAddress(colleague));
		m.setSubject("Levering 4711 – POD", "UTF-8");
		MimeMultipart mixed = new MimeMultipart();
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Hej, her er POD for levering 4711.", "UTF-8");
		mixed.addBodyPart(text);
		MimeBodyPart pdf = new MimeBodyPart();
		pdf.setContent(PDF, "application/pdf");
		pdf.setFileName("POD æøå.pdf");
		pdf.setDisposition(Part.ATTACHMENT);
		mixed.addBodyPart(pdf);
		m.setContent(mixed);
		m.saveChanges();
		Transport.send(m, new InternetAddress[] { new InternetAddress(server.support) });
		server.mail.waitForIncomingEmail(5000, 1);
	}

	static List<String> attachmentNames(MimeMessage message) throws Exception {
		java.util.ArrayList<String> names = new java.util.ArrayList<>();
		if (message.getContent() instanceof Multipart mp) {
			for (int i = 0; i < mp.getCount(); i++) {
				if (mp.getBodyPart(i).getFileName() != null) {
					names.add(mp.getBodyPart(i).getFileName());
				}
			}
		}
		return names;
	}

	static String raw(MimeMessage message) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toString(StandardCharsets.UTF_8);
	}

}
