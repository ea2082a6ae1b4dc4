package dev.deskhand.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.deskhand.IntegrationTest;
import dev.deskhand.WebSession;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shipments.NewTrackingRule;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TrackingExceptionKind;
import dev.deskhand.shipments.TrackingRules;
import dev.deskhand.shipments.internal.ExceptionClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tracking exception for a German customer's shipment: a German delay notice from the
 * shipment's facts waits for approval (once, however often the exception is evaluated),
 * approving it (edited) sends it through the inbox to the customer's contact (received
 * over SMTP) in a conversation filed under the customer, and a rejection needs a reason.
 */
@IntegrationTest
class DelayNoticesTests {

	@LocalServerPort
	int port;

	@Autowired
	AssistantWorld worlds;

	@Autowired
	TrackingRules rules;

	@Autowired
	ExceptionClock exceptionClock;

	@Autowired
	DelayNotices notices;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@Autowired
	JdbcClient jdbc;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);

	/** A late shipment of the world's customer with an ETA-slip rule raised for it. */
	ShipmentView late(AssistantWorld.World w, String container) {
		Membership manage = worlds.membership(w.ws(), Permission.SHIPMENTS_MANAGE);
		rules.add(manage, NewTrackingRule.of("Late", TrackingExceptionKind.ETA_SLIP, 24, "delay", "NORMAL"));
		ShipmentView s = worlds.shipment(w, container, now.plus(1, ChronoUnit.DAYS));
		worlds.tracked(s, "departed", "DEHAM", now.minus(2, ChronoUnit.HOURS), now.plus(4, ChronoUnit.DAYS));
		exceptionClock.tick(w.id(), now);
		exceptionClock.tick(w.id(), now.plusSeconds(60));
		return s;
	}

	DelayNoticeView awaitPending(Membership m) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> notices.pending(m), l -> !l.isEmpty()).getFirst();
	}

	@Test
	void aGermanNoticeWaitsIsApprovedAndReachesTheCustomersContact() throws Exception {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		try {
			var w = worlds.world("da", "de");
			mail.setUser(w.contact(), w.contact(), "pw");
			String support = "support-" + System.nanoTime() + "@nordhavn.test";
			mail.setUser(support, support, "pw");
			inbox.addMailbox(worlds.membership(w.ws(), Permission.MAILBOXES_MANAGE),
					new NewMailbox(support, "Nordhavn", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
							mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
			ShipmentView s = late(w, "TGHU0924948");
			Membership m = worlds.membership(w.ws(), Permission.INBOX_VIEW);

			DelayNoticeView n = awaitPending(m);
			assertThat(notices.pending(m)).hasSize(1);
			assertThat(n.language()).isEqualTo("de");
			assertThat(n.recipient()).isEqualTo(w.contact());
			assertThat(n.reason()).isNull();
			assertThat(n.subject()).isEqualTo("Verspätung: Sendung " + s.label() + " (Container TGHU0924948)");
			assertThat(n.text())
				.startsWith("Guten Tag,\n\nWir möchten Sie informieren, dass die Sendung " + s.label()
						+ " (Container TGHU0924948) verspätet ist.")
				.contains("Frachtführer: Maersk Line.")
				.contains("Letztes Ereignis: DEHAM, ")
				.contains("Neue voraussichtliche Ankunft (ETA): ")
				.contains("Vereinbarte Zustellung: ")
				.endsWith("Mit freundlichen Grüßen\n" + w.ws().view().name());
			assertThat(n.facts()).anyMatch(f -> f.source().equals("shipment:" + s.id().value() + ":eta"));
			assertThat(notices.forException(w.id(), n.exception())).contains(n);

			DelayNoticeView sent = notices.approve(m, n.id(), n.text() + "\nBei Fragen melden Sie sich gern.");
			assertThat(sent.text()).endsWith("Bei Fragen melden Sie sich gern.");
			assertThat(sent.status()).isEqualTo("sent");
			assertThat(sent.conversation()).isNotNull();
			assertThat(jdbc.sql("select party_id from inbox.conversation where id = ?")
				.param(sent.conversation().value())
				.query(UUID.class)
				.single()).isEqualTo(w.customer().id().value());
			assertThat(notices.pending(m)).isEmpty();
			assertThatThrownBy(() -> notices.reject(m, n.id(), "too late")).isInstanceOf(InvalidInputException.class);

			await().atMost(Duration.ofSeconds(20)).until(() -> {
				outbox.sendDue();
				return mail
					.getReceivedMessagesForDomain(w.contact().substring(w.contact().indexOf('@') + 1)).length > 0;
			});
			MimeMessage received = Arrays.stream(mail.getReceivedMessages()).filter(r -> {
				try {
					return r.getSubject().contains(s.label());
				}
				catch (Exception e) {
					return false;
				}
			}).findFirst().orElseThrow();
			Object content = received.getContent();
			assertThat(content instanceof String t ? t : GreenMailUtil.getBody(received)).contains("verspätet ist.");
			// the exception's work item records that the notice went out, once
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc.sql("""
						select count(*) from work.timeline t
						join work.tracking_exception_item i on i.item_id = t.item_id
						where i.exception_id = ? and t.kind = 'DELAY_NOTICE_SENT'""")
					.param(n.exception())
					.query(Long.class)
					.single(), c -> c == 1);
		}
		finally {
			mail.stop();
		}
	}

	@Test
	void aRejectionOnTheNoticesPageNeedsAReasonAndSendsNothing() {
		var w = worlds.world("en", "da");
		late(w, "SEGU8287534");
		Membership m = worlds.membership(w.ws(), Permission.INBOX_VIEW);
		DelayNoticeView n = awaitPending(m);
		assertThat(n.language()).isEqualTo("da");
		assertThat(n.text()).contains("Vi vil gerne orientere dig om, at forsendelse");

		assertThatThrownBy(() -> notices.reject(m, n.id(), " ")).isInstanceOf(InvalidInputException.class);
		var web = WebSession.signIn(port, w.ws().owner());
		String base = "/w/" + w.ws().slug() + "/assistant/notices";
		assertThat(web.get(base).body())
			.contains("Delay notices", "Waiting for approval", n.shipmentNumber(), "Approve and send", "Danish")
			.doesNotContain("??", "assistant.notices");
		assertThat(web.post(base + "/" + n.id() + "/reject", "reason=Kunden+er+ringet+op").statusCode()).isEqualTo(302);
		assertThat(web.get(base).body()).contains("The notice was rejected.", "Kunden er ringet op", "rejected",
				"No notices are waiting.");
		DelayNoticeView rejected = notices.forException(w.id(), n.exception()).orElseThrow();
		assertThat(rejected.status()).isEqualTo("rejected");
		assertThat(rejected.rejectReason()).isEqualTo("Kunden er ringet op");
		assertThat(notices.recent(m, 10)).extracting(DelayNoticeView::id).contains(n.id());
		assertThat(jdbc.sql("select count(*) from inbox.conversation where party_id = ?")
			.param(w.customer().id().value())
			.query(Long.class)
			.single()).isZero();
		var settings = "/w/" + w.ws().slug() + "/assistant/settings";
		assertThat(web.post(settings, "toneDa=formal&toneDe=formal&signOff=Hilsen+Ops&noticePolicy=automatic")
			.statusCode()).isEqualTo(302);
		assertThat(web.get(settings).body()).contains("Settings saved.", "Hilsen Ops")
			.doesNotContain("??", "assistant.settings");
	}

}
