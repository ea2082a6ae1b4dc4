package dev.deskhand.billing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.IssuerProfileView.VatScheme;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.timesheets.NewTimeEntry;
import dev.deskhand.timesheets.TimeTracking;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.PersonView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole month-end as people click it, in Danish and in German: the assistant times a
 * work item from its page, submits the week; the manager approves it; the assistant
 * drafts the month's invoice, issues it, downloads the PDF and sends it — the client's
 * billing address receives it with the PDF attached (and, in German, the XRechnung),
 * reply-to the assistant. Danish: a Danish sole trader billing with 25 % moms; German: a
 * small business under § 19 UStG.
 */
@IntegrationTest
class BillingJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	ContractManagement contracts;

	@Autowired
	TimeTracking time;

	@Autowired
	WorkQueue work;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender outbox;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	/**
	 * A zone where it is now between 10:00 and 20:00, so an hour worked earlier is today.
	 */
	private static ZoneId daytimeZone() {
		return List
			.of("Europe/Copenhagen", "Asia/Kolkata", "Asia/Tokyo", "Pacific/Auckland", "Pacific/Kiritimati",
					"Pacific/Honolulu", "America/Los_Angeles", "America/New_York", "America/Sao_Paulo")
			.stream()
			.map(ZoneId::of)
			.filter(z -> {
				int hour = ZonedDateTime.now(z).getHour();
				return hour >= 10 && hour < 20;
			})
			.findFirst()
			.orElseThrow();
	}

	private Membership as(Member m, Ws ws, Permission p) {
		return fixtures.as(m, () -> policy.require(ws.slug(), p));
	}

	@ParameterizedTest
	@ValueSource(strings = { "da", "de" })
	void aMonthEndFromTimerToTheClientsInbox(String language) throws Exception {
		boolean danish = language.equals("da");
		GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
		mail.start();
		try {
			ZoneId zone = daytimeZone();
			Ws ws = fixtures.workspace(danish ? "maanedsslut" : "monatsende", language);
			PersonView assistantPerson = workspaces.updateProfile(fixtures.person("va").id(),
					danish ? "Katrine Ærø Hansen" : "Jürgen Weiß", language, zone.getId());
			PersonView managerPerson = workspaces.updateProfile(fixtures.person("leder").id(),
					danish ? "Søren Kjærgaard" : "Anke Schubert", language, "Europe/Copenhagen");
			Member assistant = fixtures.join(ws, assistantPerson, Role.ASSISTANT, null, true);
			Member manager = fixtures.join(ws, managerPerson, Role.MANAGER, null, true);
			String issuerMail = "va-" + System.nanoTime() + "@va.test";
			String billingMail = "faktura-" + System.nanoTime() + "@kunde.test";
			String support = "support-" + System.nanoTime() + "@kunde.test";
			mail.setUser(support, support, "pw");
			inbox.addMailbox(as(ws.owner(), ws, Permission.MAILBOXES_MANAGE),
					new NewMailbox(support, "Support", "127.0.0.1", 9, MailSecurity.NONE, "127.0.0.1",
							mail.getSmtp().getPort(), MailSecurity.NONE, support, "pw", null, 60, true));
			IssuerProfileView issuer = fixtures.as(assistant,
					() -> contracts.createIssuerProfile(assistantPerson.id(),
							danish ? new NewIssuerProfile(IssuerProfileView.Kind.PERSON, "Katrine Ærø Hansen",
									"Østerbrogade 12\n2100 København Ø", "DK", "DK16480894", null, VatScheme.STANDARD,
									issuerMail, "+45 31 12 45 67", "Danske Bank", "DK5000400440116243", "DABADKKK", 14)
									: new NewIssuerProfile(IssuerProfileView.Kind.PERSON, "Jürgen Weiß",
											"Großenhainer Straße 5\n01097 Dresden", "DE", null, "201/123/45678",
											VatScheme.SMALL_BUSINESS, issuerMail, "+49 351 1234567",
											"Ostsächsische Sparkasse", "DE89370400440532013000", "COBADEFFXXX", 14)));
			contracts.saveClientProfile(as(ws.owner(), ws, Permission.BILLING_MANAGE),
					danish ? new NewClientProfile("Nordhavn Logistik ApS", "Sundkrogsgade 21\n2150 Nordhavn", "DK",
							"DK83960310", billingMail, null)
							: new NewClientProfile("Elbtal Versand GmbH", "Königsbrücker Straße 96\n01099 Dresden",
									"DE", "DE669780013", billingMail, "EV-4711"));
			LocalDate start = LocalDate.now(zone).withDayOfMonth(1).minusMonths(1);
			fixtures.as(ws.owner(), () -> contracts
				.create(as(ws.owner(), ws, Permission.BILLING_MANAGE), new NewContract(assistant.member().id().value(),
						issuer.id(), ContractKind.HOURLY, danish ? "DKK" : "EUR", BillingPeriod.MONTHLY, start, null,
						null, null, null, danish ? "Kundeservice" : "Kundenservice", null, null,
						List.of(new NewRate(RateKind.HOURLY, null, start, new BigDecimal(danish ? "320.00" : "40.00"))),
						List.of())));
			WorkItemView item = fixtures.as(assistant, () -> work.create(as(assistant, ws, Permission.WORK_VIEW),
					NewWorkItem.of("toldpapirer", danish ? "Tolddokumenter til Aarhus" : "Zollpapiere für Ústí")));
			// an hour and a half worked earlier today, typed in
			Instant worked = Instant.now().minus(Duration.ofMinutes(150));
			fixtures.as(assistant, () -> time.addEntry(as(assistant, ws, Permission.TIME_TRACK),
					new NewTimeEntry(worked, worked.plus(Duration.ofMinutes(90)), item.id(), true, null)));
			String base = "http://localhost:" + port;

			try (var session = browser.session(base, false)) {
				Page page = session.newPage();
				page.onDialog(d -> d.accept());
				BrowserSupport.signIn(page, assistant.email(), TestFixtures.PASSWORD);
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/items/" + item.id());
				page.locator("#item-timer button").click();
				assertThat(page.locator("#header-timer .timer-label")).hasText(item.reference());
				page.locator("#header-timer button").click();
				assertThat(page.locator("#header-timer .timer-label")).hasCount(0);
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/time");
				assertThat(page.locator("#week-entries")).containsText(item.title());
				page.locator("#submit-week").click();
				assertThat(page.locator("#week-status")).containsText(danish ? "Indsendt" : "Eingereicht");
				BrowserSupport.assertNoMissingMessages(page);
			}

			try (var session = browser.session(base, false)) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, manager.email(), TestFixtures.PASSWORD);
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/time/approvals");
				assertThat(page.locator("#submitted-weeks")).containsText(assistantPerson.displayName());
				page.locator("#submitted-weeks a").first().click();
				page.locator("#approve-week").click();
				assertThat(page.locator("#week-status")).containsText(danish ? "Godkendt" : "Genehmigt");
			}

			try (var session = browser.session(base, false)) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, assistant.email(), TestFixtures.PASSWORD);
				BrowserSupport.visit(page, "/w/" + ws.slug() + "/billing/invoices");
				page.locator("#day").fill(LocalDate.ofInstant(worked, ws.view().timeZone()).toString());
				page.locator("form[action$='/billing/invoices/drafts'] button[type=submit]").click();
				assertThat(page.locator("main")).containsText(danish ? "Kladde" : "Entwurf");
				assertThat(page.locator("main")).containsText(danish ? "480,00 DKK" : "60,00");
				page.locator("form[action$='/issue'] button").click();
				String year = String.valueOf(LocalDate.now(ws.view().timeZone()).getYear());
				assertThat(page.locator("main")).containsText(year + "-0001");
				String pdfHref = page.locator("a[href$='/files/pdf']").getAttribute("href");
				APIResponse download = page.request().get(pdfHref);
				assertThat(download.status()).isEqualTo(200);
				String text = new PDFTextStripper().getText(Loader.loadPDF(download.body())).replaceAll("\\s+", " ");
				if (danish) {
					assertThat(text).contains("Faktura " + year + "-0001", "Katrine Ærø Hansen",
							"Nordhavn Logistik ApS", "480,00", "120,00", "600,00");
				}
				else {
					assertThat(text).contains("Rechnung " + year + "-0001", "Jürgen Weiß", "Elbtal Versand GmbH",
							"Königsbrücker Straße 96", "§ 19 UStG", "60,00");
				}
				page.locator("form[action$='/send'] button").click();
				assertThat(page.locator("main")).containsText(danish ? "Sendt" : "Versendet");
				BrowserSupport.assertNoMissingMessages(page);
				BrowserSupport.screenshot(page, "invoice-sent-" + language);
			}

			MimeMessage received = await().atMost(Duration.ofSeconds(30)).until(() -> {
				outbox.sendDue();
				return Arrays.stream(mail.getReceivedMessages())
					.filter(r -> ReceivedMail.recipient(r).equals(billingMail))
					.findFirst()
					.orElse(null);
			}, r -> r != null);
			assertThat(received.getHeader("Reply-To")[0]).isEqualTo(issuerMail);
			List<String> files = ReceivedMail.attachments(received);
			assertThat(files).anyMatch(f -> f.endsWith(".pdf"));
			if (!danish) {
				assertThat(files).anyMatch(f -> f.endsWith(".xml"));
			}
		}
		finally {
			mail.stop();
		}
	}

}
