package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.MailSamples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Interop with a mail server nobody here wrote: Deskhand fetches from a real Dovecot over
 * IMAP with STARTTLS, trusting exactly that server's self-signed certificate. CI installs
 * Dovecot ({@code .ci/run}); without it the test is skipped with the reason.
 */
@IntegrationTest
class MailDovecotInteropTests {

	static Dovecot dovecot;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@BeforeAll
	static void startDovecot() throws Exception {
		assumeTrue(Dovecot.installed(),
				"Dovecot is not installed at /usr/sbin/dovecot (apt-get install dovecot-imapd): interop test skipped");
		dovecot = Dovecot.start();
	}

	@AfterAll
	static void stopDovecot() throws Exception {
		if (dovecot != null) {
			dovecot.close();
		}
	}

	@Test
	void fetchesFromDovecotOverStartTlsWithTheRightCharsets() throws Exception {
		dovecot.deliver("dk", MailSamples.danishLatin1("<dovecot-dk@blaa-fragt.dk>").getBytes(StandardCharsets.UTF_8));
		dovecot.deliver("de", MailSamples.germanBase64("<dovecot-de@elbtal.de>").getBytes(StandardCharsets.UTF_8));
		var ws = fixtures.workspace("dovecot");
		MailboxView box = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(manager(ws), settings(dovecot.certificatePem)));

		FetchResult result = fixtures.as(ws.owner(), () -> inbox.fetchNow(manager(ws), box.id()));

		assertThat(result).as(dovecot.log()).isEqualTo(new FetchResult(2, 0, 0, null));
		assertThat(fixtures.as(ws.owner(), () -> inbox.fetchNow(manager(ws), box.id())))
			.isEqualTo(new FetchResult(0, 0, 0, null));
		var texts = fixtures.as(ws.owner(), () -> inbox.mailboxes(manager(ws)));
		assertThat(texts).singleElement().satisfies(m -> assertThat(m.lastFetchOk()).isTrue());
		String stored = storedTexts(ws, box);
		assertThat(stored).contains("Kære kundeservice", "fra Århus. Blåbærgrød!", "für Größe XL ist beschädigt");
	}

	@Test
	void refusesAServerWhoseCertificateIsNotTrusted() {
		var ws = fixtures.workspace("dovecot-untrusted");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(manager(ws), settings(null)));

		ConnectionCheck check = fixtures.as(ws.owner(), () -> inbox.testConnection(manager(ws), box.id()));

		assertThat(check.imapOk()).isFalse();
		assertThat(check.imapDetail()).contains("TLS").contains("localhost");
	}

	private NewMailbox settings(String certificate) {
		return new NewMailbox(Dovecot.USER, "Dovecot support", "localhost", dovecot.port, MailSecurity.STARTTLS,
				"localhost", dovecot.port, MailSecurity.STARTTLS, Dovecot.USER, Dovecot.PASSWORD, certificate, 60,
				true);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private String storedTexts(TestFixtures.Ws ws, MailboxView box) {
		return String.join("\n", jdbc
			.sql("select subject || ' ' || from_name || ' ' || body_text from inbox.message where mailbox_id = ?")
			.param(box.id().value())
			.query(String.class)
			.list());
	}

	private Membership manager(TestFixtures.Ws ws) {
		return policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
	}

}
