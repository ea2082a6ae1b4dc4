package dev.deskhand.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.InvoiceStatus;
import dev.deskhand.billing.ReceivedMail;
import dev.deskhand.billing.InvoiceView;
import dev.deskhand.billing.Invoicing;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month of approved time becomes a draft, is issued with the next number and sent: the
 * client's billing address receives the PDF and the time report CSV, with Reply-To the
 * issuer; a credit note cancels it with the next number of the same sequence.
 */
@IntegrationTest
class InvoiceJourneyTests {

	private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	@Autowired
	TestFixtures fixtures;

	@Autowired
	BillingTestData data;

	@Autowired
	Invoicing invoicing;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void approvedTimeIsDraftedIssuedSentAndCredited() throws Exception {
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		try {
			Ws ws = fixtures.workspace("faktura", "da");
			Member katrine = fixtures.member(ws, Role.ASSISTANT, null);
			String issuerMail = "katrine-" + System.nanoTime() + "@katrine.test";
			String billing = "bogholderi-" + System.nanoTime() + "@nordhavn.test";
			UUID issuer = data.issuer(katrine, "Katrine Ærø Assistance", "DK", "STANDARD", "DK12345678", issuerMail);
			data.client(ws, "Nordhavn Logistik ApS", "DK", "DK87654321", billing);
			UUID contract = data.contract(ws, katrine, issuer, "HOURLY", "DKK", "MONTHLY", LocalDate.of(2026, 1, 1),
					null);
			data.rate(contract, "HOURLY", "", LocalDate.of(2026, 1, 1), "400.00");
			data.rate(contract, "HOURLY", "", LocalDate.of(2026, 3, 16), "450.00");
			data.approvedTime(ws, katrine, at(10, 9, 0), at(10, 11, 30), true, "Booking", CPH);
			data.approvedTime(ws, katrine, at(20, 9, 0), at(20, 10, 0), true, "Track & trace", CPH);
			data.approvedTime(ws, katrine, at(21, 9, 0), at(21, 12, 0), false, "Training", CPH);
			data.approvedTime(ws, katrine, at(2, 9, 0).minus(Duration.ofDays(5)),
					at(2, 10, 0).minus(Duration.ofDays(5)), true, "February", CPH);
			String support = "support-" + System.nanoTime() + "@nordhavn.test";
			mail.setUser(support, support, "pw");
			inbox.addMailbox(as(ws.owner(), ws, Permission.MAILBOXES_MANAGE),
					new NewMailbox(support, "Nordhavn", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
							mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
			Membership m = as(katrine, ws, Permission.BILLING_VIEW);

			InvoiceView draft = invoicing.draft(m, contract, LocalDate.of(2026, 3, 15)).orElseThrow();
			assertThat(draft.status()).isEqualTo(InvoiceStatus.DRAFT);
			assertThat(draft.number()).isNull();
			assertThat(draft.lines())
				.extracting(l -> l.quantity().toPlainString() + " x " + l.unitPrice().toPlainString())
				.containsExactly("2.50 x 400.00", "1.00 x 450.00");
			assertThat(draft.lines().get(0).description()).startsWith("Bistand pr. time");
			assertThat(draft.net()).isEqualByComparingTo("1450.00");
			assertThat(draft.vatTotal()).isEqualByComparingTo("362.50");
			assertThat(draft.gross()).isEqualByComparingTo("1812.50");
			assertThat(invoicing.draft(m, contract, LocalDate.of(2026, 3, 1)).orElseThrow().id())
				.as("the same period again is the same draft")
				.isEqualTo(draft.id());

			InvoiceView issued = invoicing.issue(m, draft.id());
			String year = String.valueOf(LocalDate.now(CPH).getYear());
			assertThat(issued.number()).isEqualTo(year + "-0001");
			assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
			assertThat(issued.files()).isTrue();
			assertThat(issued.eInvoice()).isFalse();
			byte[] pdf = invoicing.file(m, draft.id(), "pdf").bytes();
			String text = new PDFTextStripper().getText(Loader.loadPDF(pdf));
			assertThat(text).contains(year + "-0001")
				.contains("Katrine Ærø Assistance")
				.contains("Nordhavn Logistik ApS");

			assertThatThrownBy(() -> invoicing.issue(m, draft.id())).isInstanceOf(InvalidInputException.class);
			assertThat(invoicing.invoice(m, draft.id()).number()).isEqualTo(year + "-0001");

			InvoiceView sent = invoicing.send(m, draft.id());
			assertThat(sent.status()).isEqualTo(InvoiceStatus.SENT);
			MimeMessage received = await().atMost(Duration.ofSeconds(20)).until(() -> {
				outbox.sendDue();
				return Arrays.stream(mail.getReceivedMessages())
					.filter(r -> ReceivedMail.recipient(r).equals(billing))
					.findFirst()
					.orElse(null);
			}, r -> r != null);
			assertThat(received.getSubject()).isEqualTo("Faktura " + year + "-0001 fra Katrine Ærø Assistance");
			assertThat(received.getHeader("Reply-To")[0]).isEqualTo(issuerMail);
			assertThat(ReceivedMail.attachments(received)).containsExactly("Faktura " + year + "-0001.pdf",
					"Faktura " + year + "-0001.csv");

			Member other = fixtures.member(ws, Role.ASSISTANT, null);
			assertThatThrownBy(() -> invoicing.invoice(as(other, ws, Permission.BILLING_VIEW), draft.id()))
				.isInstanceOf(NotFoundException.class);
			Membership owner = as(ws.owner(), ws, Permission.BILLING_MANAGE);
			assertThat(invoicing.received(owner)).extracting(InvoiceView::id).containsExactly(draft.id());

			InvoiceView credit = invoicing.creditNote(m, draft.id());
			assertThat(credit.number()).isEqualTo(year + "-0002");
			assertThat(credit.creditNote()).isTrue();
			assertThat(credit.gross()).isEqualByComparingTo("1812.50");
			assertThat(invoicing.invoice(m, draft.id()).credited()).isTrue();
			assertThatThrownBy(() -> invoicing.creditNote(m, draft.id())).isInstanceOf(InvalidInputException.class);
			assertThat(invoicing.draft(m, contract, LocalDate.of(2026, 3, 15)).orElseThrow().id())
				.as("a credited period can be billed again")
				.isNotEqualTo(draft.id());
		}
		finally {
			mail.stop();
		}
	}

	@Test
	void withoutTheClientsBillingProfileNoDraftIsWritten() {
		Ws ws = fixtures.workspace("ohneprofil", "de");
		Member a = fixtures.member(ws, Role.ASSISTANT, null);
		UUID issuer = data.issuer(a, "Anna Groß", "DE", "SMALL_BUSINESS", null, "anna@example.test");
		UUID contract = data.contract(ws, a, issuer, "HOURLY", "EUR", "WEEKLY", LocalDate.of(2026, 1, 1), null);
		data.rate(contract, "HOURLY", "", LocalDate.of(2026, 1, 1), "40.00");
		data.approvedTime(ws, a, at(10, 9, 0), at(10, 10, 0), true, "", CPH);
		Membership m = as(a, ws, Permission.BILLING_VIEW);
		assertThatThrownBy(() -> invoicing.draft(m, contract, LocalDate.of(2026, 3, 10)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(jdbc.sql("select count(*) from billing.invoice where contract_id = ?")
			.param(contract)
			.query(Long.class)
			.single()).isZero();
	}

	private Membership as(Member member, Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

	private static java.time.Instant at(int day, int hour, int minute) {
		return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, CPH).toInstant();
	}

}
