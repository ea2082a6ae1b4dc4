package dev.deskhand.inbox;

import static dev.deskhand.inbox.internal.ConnectionErrors.UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.Fetcher;
import dev.deskhand.inbox.internal.MailSamples;
import dev.deskhand.inbox.internal.Mailboxes;
import dev.deskhand.inbox.internal.MessageStore;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.inbox.internal.SentCopies;
import dev.deskhand.shared.InvalidInputException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Crash safety and bad input against a real IMAP/SMTP server: a fetch cut short or
 * repeated never loses or doubles a message; a send interrupted between commit and SMTP,
 * or between SMTP and "SENT", goes out exactly once; failures retry with back-off;
 * broken, huge and automated mail is stored with the reason and never answered
 * automatically.
 */
@IntegrationTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class InboxReliabilityTests {

	@Autowired
	org.springframework.context.MessageSource bundles;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	Fetcher fetcher;

	@Autowired
	OutboxSender sender;

	@Autowired
	SentCopies copies;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	MessageStore messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	MailServer server;

	TestFixtures.Ws ws;

	MailboxView box;

	@BeforeEach
	void start() {
		server = new MailServer("rel");
		ws = fixtures.workspace("inbox-rel");
		box = fixtures.as(ws.owner(), () -> inbox.addMailbox(owner(), server.settings()));
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aFetchCutShortAndRestartedLosesAndDoublesNothing() {
		for (int i = 0; i < 4; i++) {
			server.deliver(MailSamples.danishLatin1("<crash-" + i + "-" + System.nanoTime() + "@blaa-fragt.dk>"));
		}
		server.deliver(MailSamples.withoutMessageId("No id " + System.nanoTime()));

		assertThat(fetcher.fetch(box.id(), 2).stored()).isEqualTo(2);
		// the restarted instance lost its bookkeeping (as after a UIDVALIDITY change):
		// everything is offered again
		jdbc.sql("delete from inbox.folder_state where mailbox_id = ?").param(box.id().value()).update();
		FetchResult restarted = fetcher.fetch(box.id());

		assertThat(restarted.stored()).isEqualTo(3);
		assertThat(restarted.duplicates()).isEqualTo(2);
		assertThat(storedMessages()).isEqualTo(5);
		jdbc.sql("update inbox.folder_state set uidvalidity = uidvalidity + 1 where mailbox_id = ?")
			.param(box.id().value())
			.update();
		assertThat(fetcher.fetch(box.id())).isEqualTo(new FetchResult(0, 5, 0, null));
		assertThat(fetcher.fetch(box.id())).isEqualTo(new FetchResult(0, 0, 0, null));
		assertThat(storedMessages()).isEqualTo(5);
	}

	@Test
	void aReplyInterruptedBeforeOrAfterSmtpIsSentExactlyOnce() {
		ConversationId conversation = receive(MailSamples.germanBase64("<send-" + System.nanoTime() + "@elbtal.de>"));
		OutgoingId first = reply(conversation, "Wir prüfen das.");
		// crash after the commit, before any send: the restarted sender sends it, a
		// second run does nothing
		sender.sendDue();
		sender.sendDue();
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
		assertThat(status(first)).isEqualTo("SENT");
		copies.copyDue();

		// crash after SMTP accepted it but before it was marked SENT: it is in the Sent
		// folder, so not sent again
		stuckInSending(first);
		sender.sendDue();
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
		assertThat(status(first)).isEqualTo("SENT");

		// crash after claiming but before SMTP: not in the Sent folder, so it is sent,
		// once
		OutgoingId second = reply(conversation, "Die Ersatzlieferung ist unterwegs.");
		jdbc.sql("update inbox.outgoing set status = 'SENDING', claimed_at = ?, attempts = 1 where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), second.value())
			.update();
		sender.sendDue();
		sender.sendDue();
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(2);
		assertThat(status(second)).isEqualTo("SENT");
	}

	@Test
	void aReplyIsMarkedSentAsSoonAsSmtpAcceptedItSoACrashBeforeTheSentCopyDoublesNothing() throws Exception {
		ConversationId conversation = receive(
				MailSamples.germanBase64("<accepted-" + System.nanoTime() + "@elbtal.de>"));
		OutgoingId id = reply(conversation, "Die Ware ist unterwegs.");
		String rfcMessageId = rfcMessageId(id);
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			// an IMAP server that accepts connections and never answers: a Sent-folder
			// copy inside the send would hang here, with the row still in SENDING
			imapPort(silent.getLocalPort());
			CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(sender::sendDue);
			awaitTrue(() -> server.customerInboxFor("juergen@elbtal.de").size() == 1);
			// the moment the SMTP server has it is when a kill -9 could hit: it must
			// already be committed as SENT, so a restarted sender never sends it again
			awaitTrue(() -> status(id).equals("SENT"));
			sending.get(10, TimeUnit.SECONDS);
		}
		assertThat(server.sentCopies(rfcMessageId)).isZero();

		// the restarted instance: nothing to send; the copy is made once the IMAP server
		// answers again
		sender.sendDue();
		imapPort(server.mail.getImap().getPort());
		copies.copyDue();
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
		assertThat(server.sentCopies(rfcMessageId)).isEqualTo(1);

		// killed after the APPEND but before it was recorded: the copy step looks first
		jdbc.sql("update inbox.outgoing set copied_at = null, copy_due_at = now() where id = ?")
			.param(id.value())
			.update();
		copies.copyDue();
		assertThat(server.sentCopies(rfcMessageId)).isEqualTo(1);
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
	}

	@Test
	void aReplyFoundAcceptedAfterACrashIsRecordedAndNeverSentAgain() throws Exception {
		ConversationId conversation = receive(MailSamples.germanBase64("<acc-" + System.nanoTime() + "@elbtal.de>"));
		OutgoingId id = reply(conversation, "Angekommen?");
		sender.sendDue();
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
		int closedPort;
		try (ServerSocket s = new ServerSocket(0)) {
			closedPort = s.getLocalPort();
		}
		// killed after the server's 250 to DATA, before it was recorded: ACCEPTED; no
		// Sent folder to ask (IMAP down) and none needed
		imapPort(closedPort);
		jdbc.sql("update inbox.outgoing set status = 'ACCEPTED', claimed_at = ?, copied_at = null where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), id.value())
			.update();

		sender.sendDue();

		assertThat(status(id)).isEqualTo("SENT");
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
	}

	@Test
	void aFailingSentFolderCopyIsRetriedWithBackOffAndNeverSendsAgain() throws Exception {
		ConversationId conversation = receive(MailSamples.germanBase64("<copy-" + System.nanoTime() + "@elbtal.de>"));
		int closedPort;
		try (ServerSocket s = new ServerSocket(0)) {
			closedPort = s.getLocalPort();
		}
		imapPort(closedPort);
		OutgoingId id = reply(conversation, "Wir melden uns.");

		sender.sendDue();
		copies.copyDue();
		sender.sendDue();
		copies.copyDue(); // not due again before the back-off

		assertThat(status(id)).isEqualTo("SENT");
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
		var copy = jdbc
			.sql("select copy_attempts, copy_due_at > now() + interval '50 seconds' as later, copy_error, copied_at "
					+ "from inbox.outgoing where id = ?")
			.param(id.value())
			.query((rs, i) -> List.of(rs.getInt(1), rs.getBoolean(2), String.valueOf(rs.getString(3)),
					String.valueOf(rs.getTimestamp(4))))
			.single();
		assertThat(copy).containsExactly(1, true, copy.get(2), "null");
		assertThat((String) copy.get(2)).contains(UNREACHABLE);

		imapPort(server.mail.getImap().getPort());
		jdbc.sql("update inbox.outgoing set copy_due_at = now() where id = ?").param(id.value()).update();
		copies.copyDue();
		assertThat(server.sentCopies(rfcMessageId(id))).isEqualTo(1);
		assertThat(server.customerInboxFor("juergen@elbtal.de")).hasSize(1);
	}

	@Test
	void aFailedSendRetriesWithBackOffAndShowsOnTheConversation() throws Exception {
		ConversationId conversation = receive(MailSamples.gmailAlternative("<fail-" + System.nanoTime() + "@gmail>"));
		int closedPort;
		try (ServerSocket s = new ServerSocket(0)) {
			closedPort = s.getLocalPort();
		}
		NewMailbox s = server.settings(null);
		fixtures.as(ws.owner(),
				() -> inbox.updateMailbox(owner(), box.id(),
						new NewMailbox(s.address(), s.displayName(), s.imapHost(), s.imapPort(), s.imapSecurity(),
								s.smtpHost(), closedPort, s.smtpSecurity(), s.username(), null, null, 60, true)));
		reply(conversation, "Hej Anna");

		sender.sendDue();
		sender.sendDue(); // not due again before the back-off: still one attempt

		OutgoingView failed = fixtures.as(ws.owner(), () -> inbox.outgoing(owner(), conversation)).getFirst();
		assertThat(failed.status()).isEqualTo(OutgoingView.Status.QUEUED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).contains(UNREACHABLE).doesNotContain("refused");
		// kept as a text of the bundles, so a Danish reader sees it in Danish
		assertThat(failed.lastReason()).isNotNull();
		assertThat(bundles.getMessage(failed.lastReason(), java.util.Locale.forLanguageTag("da")))
			.contains("kunne ikke nå serveren")
			.contains(String.valueOf(closedPort));
		assertThat(failed.nextAttemptAt()).isAfter(Instant.now().plusSeconds(50));
		ReplyFailed event = events.stream(ReplyFailed.class).reduce((a, b) -> b).orElseThrow();
		assertThat(event.attempts()).isEqualTo(1);
		assertThat(event.nextAttemptAt()).isNotNull();
	}

	@Test
	void automatedMailIsStoredButNeverAnsweredAutomatically() {
		ConversationId conversation = receive(
				MailSamples.autoReply("<auto-" + System.nanoTime() + "@kunde.dk>", "<earlier@nordhavn.test>"));
		EmailReceived received = events.stream(EmailReceived.class).reduce((a, b) -> b).orElseThrow();
		assertThat(received.automated()).isTrue();

		assertThatThrownBy(() -> fixtures.as(ws.owner(),
				() -> inbox.queueReply(owner(), conversation, "Auto answer", List.of(), true)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("mail loop");
		assertThat(reply(conversation, "A person may answer")).isNotNull();
	}

	@Test
	void anOutOfOfficeWithoutTheStandardHeadersIsNeverAnsweredAutomatically() {
		ConversationId conversation = receive("""
				From: Lars Hansen <lars.hansen@kunde.dk>
				To: support@nordhavn.test
				Subject: Automatisk svar: Forsinket levering
				Message-ID: <ooo-%d@kunde.dk>

				Tak for din mail. Jeg er på ferie til og med mandag og læser ikke mail.
				""".formatted(System.nanoTime()).replace("\n", "\r\n"));
		assertThat(events.stream(EmailReceived.class).reduce((a, b) -> b).orElseThrow().automated()).isTrue();

		assertThatThrownBy(() -> fixtures.as(ws.owner(),
				() -> inbox.queueReply(owner(), conversation, "Auto answer", List.of(), true)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("mail loop");
	}

	@Test
	void aConversationGetsAtMostOneAutomaticMessageADay() {
		ConversationId conversation = receive(MailSamples.gmailAlternative("<daily-" + System.nanoTime() + "@gmail>"));
		fixtures.as(ws.owner(),
				() -> inbox.queueReply(owner(), conversation, "We received your mail.", List.of(), true));

		assertThatThrownBy(() -> fixtures.as(ws.owner(),
				() -> inbox.queueReply(owner(), conversation, "We received your mail.", List.of(), true)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("automatic message today");
		assertThat(reply(conversation, "A person may answer")).isNotNull();
		assertThat(jdbc.sql("select count(*) from inbox.outgoing where conversation_id = ? and automatic")
			.param(conversation.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoInstancesQueueingAnAutomaticMessageAtOnceSendOnlyOne() throws Exception {
		ConversationId conversation = receive(MailSamples.gmailAlternative("<race-" + System.nanoTime() + "@gmail>"));
		var transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		var firstInserted = new java.util.concurrent.CountDownLatch(1);
		Callable<OutgoingId> automatic = () -> fixtures.as(ws.owner(),
				() -> inbox.queueReply(owner(), conversation, "We received your mail.", List.of(), true));
		// the first one's transaction stays open while the second one queues
		CompletableFuture<OutgoingId> first = CompletableFuture.supplyAsync(() -> transaction.execute(s -> {
			try {
				OutgoingId id = automatic.call();
				firstInserted.countDown();
				Thread.sleep(700);
				return id;
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}));
		assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<OutgoingId> second = CompletableFuture.supplyAsync(() -> transaction.execute(s -> {
			try {
				return automatic.call();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}));

		assertThat(first.get(10, TimeUnit.SECONDS)).isNotNull();
		assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasRootCauseInstanceOf(InvalidInputException.class);
		assertThat(jdbc.sql("select count(*) from inbox.outgoing where conversation_id = ? and automatic")
			.param(conversation.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void attachmentsAreStoredOrRefusedWithTheReasonAndHugeOnesNeverStored() {
		ConversationId conversation = receive(
				MailSamples.inlineImageAndPdf("<att-" + System.nanoTime() + "@kunde.dk>"));
		var message = fixtures.as(ws.owner(), () -> inbox.conversation(owner(), conversation)).messages().getFirst();
		assertThat(message.attachments()).extracting(ConversationView.AttachmentView::name)
			.containsExactly("faktura.exe", "inline-image.png", "skaderapport.pdf");
		assertThat(message.attachments().get(0).document()).isNull();
		assertThat(message.attachments().get(0).refusedReason()).contains("not accepted");
		assertThat(message.attachments().get(1).document()).isNotNull();
		assertThat(message.attachments().get(1).inline()).isTrue();
		assertThat(message.attachments().get(2).document()).isNotNull();

		String huge = "A".repeat(21 * 1024 * 1024);
		server.deliver(MailSamples.withoutMessageId("Huge " + System.nanoTime())
			.replace("Status report", "See file")
			.replace("Date:", "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\nDate:")
			.replace("See file without a Message-ID.",
					"--b\r\nContent-Type: text/plain\r\n\r\nSee file\r\n--b\r\n"
							+ "Content-Type: text/csv\r\nContent-Disposition: attachment; filename=big.csv\r\n\r\n"
							+ huge + "\r\n--b--"));
		assertThat(fetcher.fetch(box.id()).stored()).isEqualTo(1);
		String refused = jdbc
			.sql("select refused_reason from inbox.attachment where name = 'big.csv' and "
					+ "message_id in (select id from inbox.message where mailbox_id = ?)")
			.param(box.id().value())
			.query(String.class)
			.single();
		assertThat(refused).isEqualTo("larger than 20 MiB");
	}

	@Test
	void brokenAndOddlyEncodedMailIsStoredWithTheProblem() {
		server.deliver(MailSamples.brokenMultipart("<broken-" + System.nanoTime() + "@example.org>"));
		server.deliver(MailSamples.unknownCharset("<cs-" + System.nanoTime() + "@example.org>"));

		FetchResult result = fetcher.fetch(box.id());

		assertThat(result.stored()).isEqualTo(2);
		assertThat(result.error()).isNull();
		List<String> problems = jdbc
			.sql("select parse_problem from inbox.message where mailbox_id = ? and parse_problem is not null")
			.param(box.id().value())
			.query(String.class)
			.list();
		assertThat(problems).hasSize(2);
	}

	@Test
	void garbageAndAMultipartWithoutBoundaryKeepTheirBytesTheProblemAndOneLogLine(CapturedOutput output) {
		server.deliver("This is no e-mail at all: secret-garbage-4711\r\n\u0001\u0002 just bytes\r\n");
		server.deliver("From: ole@kunde.dk\r\nSubject: Ordre 4711\r\nMessage-ID: <nb-" + System.nanoTime()
				+ "@kunde.dk>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n"
				+ "Hvor er min secret-order-4711?\r\n");

		FetchResult result = fetcher.fetch(box.id());

		assertThat(result.stored()).isEqualTo(2);
		assertThat(result.problems()).isEqualTo(2);
		var stored = jdbc
			.sql("select id, parse_problem, body_text from inbox.message where mailbox_id = ? order by received_at")
			.param(box.id().value())
			.query((rs, i) -> List.of(rs.getObject(1, java.util.UUID.class).toString(), String.valueOf(rs.getString(2)),
					rs.getString(3)))
			.list();
		assertThat(stored).extracting(m -> m.get(1))
			.satisfiesExactly(p -> assertThat(p).contains("not an e-mail message"),
					p -> assertThat(p).contains("multipart/mixed without a boundary"));
		assertThat(stored).extracting(m -> m.get(2))
			.satisfiesExactly(b -> assertThat(b).contains("secret-garbage-4711"),
					b -> assertThat(b).contains("Hvor er min secret-order-4711?"));
		var mailbox = mailboxes.find(box.id()).orElseThrow();
		for (var m : stored) {
			byte[] raw = messages.raw(mailbox, new MessageId(java.util.UUID.fromString(m.get(0)))).orElseThrow();
			assertThat(new String(raw, java.nio.charset.StandardCharsets.UTF_8)).contains("secret-");
		}
		assertThat(jdbc.sql("select ciphertext from inbox.message_raw where message_id = ?::uuid")
			.param(stored.get(0).get(0))
			.query(byte[].class)
			.single()).asString(java.nio.charset.StandardCharsets.ISO_8859_1).doesNotContain("secret-garbage");
		List<String> lines = output.getAll().lines().filter(l -> l.contains("Mailbox " + box.id() + " UID")).toList();
		assertThat(lines).hasSize(2)
			.allSatisfy(l -> assertThat(l).contains("stored with a problem").doesNotContain("secret-"));
	}

	@Test
	void aDatabaseFailureDuringAFetchIsReportedAsTheDatabasesNotTheMailServers(CapturedOutput output) {
		server.deliver(MailSamples.gmailAlternative("<db-" + System.nanoTime() + "@gmail>"));
		String refuse = "inbox_test_refuse_" + box.id().value().toString().replace("-", "");
		jdbc.sql("create function inbox." + refuse + "() returns trigger language plpgsql as $$ begin "
				+ "raise exception 'could not extend file: No space left on device'; end $$")
			.update();
		jdbc.sql("create trigger " + refuse + " before insert on inbox.message for each row when (new.mailbox_id = '"
				+ box.id().value() + "') execute function inbox." + refuse + "()")
			.update();
		FetchResult failed;
		try {
			failed = fetcher.fetch(box.id());
		}
		finally {
			jdbc.sql("drop trigger " + refuse + " on inbox.message").update();
			jdbc.sql("drop function inbox." + refuse + "()").update();
		}

		assertThat(failed.error()).startsWith("Deskhand's database failed").contains("No space left on device");
		assertThat(fixtures.as(ws.owner(), () -> inbox.mailbox(owner(), box.id())).lastFetchError())
			.isEqualTo(failed.error());
		assertThat(output.getAll()).contains("Fetching mailbox " + box.id() + " failed on the database side");
		assertThat(fetcher.fetch(box.id()).stored()).as("nothing lost").isEqualTo(1);
	}

	@Test
	void wrongPasswordAndClosedPortsGiveClearReasons() throws Exception {
		int closedPort;
		try (ServerSocket s = new ServerSocket(0)) {
			closedPort = s.getLocalPort();
		}
		var wrong = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(owner(),
						new NewMailbox("wrong-" + System.nanoTime() + "@nordhavn.test", "Wrong", "127.0.0.1",
								server.mail.getImap().getPort(), MailSecurity.NONE, "127.0.0.1", closedPort,
								MailSecurity.NONE, "nobody", "bad", null, 60, true)));
		ConnectionCheck check = fixtures.as(ws.owner(), () -> inbox.testConnection(owner(), wrong.id()));
		assertThat(check.ok()).isFalse();
		assertThat(check.imapDetail()).startsWith("Sign-in failed");
		// a closed port reads like an unknown name: no port scanning through "Test
		// connection"
		assertThat(check.smtpDetail()).isEqualTo("127.0.0.1:" + closedPort + ": " + UNREACHABLE);
		assertThat(fixtures.as(ws.owner(), () -> inbox.testConnection(owner(), box.id())).ok()).isTrue();

		var unknownHost = new NewMailbox("dns-" + System.nanoTime() + "@nordhavn.test", "DNS", "no-such-host.invalid",
				993, MailSecurity.TLS, "no-such-host.invalid", 465, MailSecurity.TLS, "x", "y", null, 60, true);
		var dns = fixtures.as(ws.owner(), () -> inbox.addMailbox(owner(), unknownHost));
		assertThat(fixtures.as(ws.owner(), () -> inbox.testConnection(owner(), dns.id())).imapDetail())
			.isEqualTo("no-such-host.invalid:993: " + UNREACHABLE);
		FetchResult failed = fixtures.as(ws.owner(), () -> inbox.fetchNow(owner(), dns.id()));
		assertThat(failed.error()).isEqualTo("no-such-host.invalid:993: " + UNREACHABLE);
		assertThat(fixtures.as(ws.owner(), () -> inbox.mailbox(owner(), dns.id())).lastFetchError())
			.isEqualTo(failed.error());
	}

	@Test
	void imapIdleWakesTheFetchAsSoonAsMailArrives() throws Exception {
		var woke = new java.util.concurrent.CountDownLatch(1);
		idle.ensure(box.id(), id -> woke.countDown());
		Thread.sleep(500); // let the watcher enter IDLE
		assertThat(idle.watching(box.id())).as("GreenMail offers IDLE").isTrue();

		long start = System.nanoTime();
		server.deliver(MailSamples.gmailAlternative("<idle-" + System.nanoTime() + "@gmail>"));

		assertThat(woke.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		System.out.printf("IDLE woke the fetch %d ms after delivery%n", (System.nanoTime() - start) / 1_000_000);
	}

	@Autowired
	dev.deskhand.inbox.internal.IdleWatchers idle;

	private ConversationId receive(String raw) {
		server.deliver(raw);
		assertThat(fetcher.fetch(box.id()).stored()).isEqualTo(1);
		return events.stream(EmailReceived.class).reduce((a, b) -> b).orElseThrow().conversation();
	}

	private OutgoingId reply(ConversationId conversation, String text) {
		return fixtures.as(ws.owner(), () -> inbox.queueReply(owner(), conversation, text, List.of(), false));
	}

	private void stuckInSending(OutgoingId id) {
		jdbc.sql("update inbox.outgoing set status = 'SENDING', claimed_at = ? where id = ?")
			.params(java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), id.value())
			.update();
	}

	private String rfcMessageId(OutgoingId id) {
		return jdbc.sql("select rfc_message_id from inbox.outgoing where id = ?")
			.param(id.value())
			.query(String.class)
			.single();
	}

	private void imapPort(int port) {
		jdbc.sql("update inbox.mailbox set imap_port = ? where id = ?").params(port, box.id().value()).update();
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 5 s").isLessThan(until);
			Thread.sleep(20);
		}
	}

	private String status(OutgoingId id) {
		return jdbc.sql("select status from inbox.outgoing where id = ?")
			.param(id.value())
			.query(String.class)
			.single();
	}

	private long storedMessages() {
		return jdbc.sql("select count(*) from inbox.message where mailbox_id = ?")
			.param(box.id().value())
			.query(Long.class)
			.single();
	}

	private Membership owner() {
		return policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
	}

}
