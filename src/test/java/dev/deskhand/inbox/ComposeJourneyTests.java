package dev.deskhand.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8's journey in the Danish UI, against GreenMail: open the customer's POD from the
 * item (the preview shows), reply with an attachment, a Cc and a Bcc (GreenMail receives
 * it with the file and the Cc; the Bcc recipient gets it and no header names them), and
 * forward the original with its POD to the carrier.
 */
@IntegrationTest
class ComposeJourneyTests {

	@LocalServerPort
	int port;

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
	WorkspaceManagement workspaces;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void openThePodReplyWithAFileAndCopiesAndForwardItToTheCarrier() throws Exception {
		var ws = fixtures.workspace("journey-compose");
		workspaces.updateProfile(ws.owner().person().id(), "Mette Nørgaard", "da", "Europe/Copenhagen");
		try (MailServer server = new MailServer("journey-compose")) {
			String colleague = "lager-" + System.nanoTime() + "@lego.test";
			String secret = "controller-" + System.nanoTime() + "@nordhavn.test";
			String carrier = "disponent-" + System.nanoTime() + "@dsv.test";
			var box = fixtures.as(ws.owner(),
					() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), server.settings()));
			ComposeMailTests.customerSendsPod(server, colleague);
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			QueueRow row = await().atMost(Duration.ofSeconds(10))
				.until(() -> fixtures.as(ws.owner(), () -> work
					.queue(policy.require(ws.slug(), Permission.WORK_VIEW), QueueFilter.open(), PageRequest.of(0, 10))
					.items()
					.stream()
					.findFirst()
					.orElse(null)), r -> r != null);

			try (var session = browser.session("http://localhost:" + port, java.util.Locale.forLanguageTag("da"))) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
				page.navigate("/w/" + ws.slug() + "/items/" + row.id());
				// the POD: a preview in the page, from a same-origin signed link
				assertThat(page.locator("#conversation .attachment")).containsText("POD æøå.pdf");
				page.locator("#conversation .attachment-preview summary").first().click();
				var frame = page.locator("#conversation iframe.pdf-preview");
				assertThat(frame).isVisible();
				var preview = page.request().get(frame.getAttribute("src"));
				assertThat(preview.status()).isEqualTo(200);
				assertThat(preview.headers().get("content-type")).startsWith("application/pdf");
				assertThat(preview.headers().get("content-disposition")).startsWith("inline");
				BrowserSupport.screenshot(page, "compose-pod-preview-da");

				// reply with a file, Cc and Bcc, and set the item waiting
				assertThat(page.locator("#compose")).containsText("Svar alle");
				page.locator("#kind-reply-all").check();
				assertThat(page.locator("#compose-cc")).hasValue(colleague);
				page.locator("#compose-bcc").fill(secret);
				page.locator("#composer").fill("Hej Karen, her er fragtbrevet.");
				page.locator("#compose-files")
					.setInputFiles(new FilePayload("Fragtbrev Århus.pdf", "application/pdf", ComposeMailTests.PDF));
				BrowserSupport.assertNoMissingMessages(page);
				page.locator("#compose-send-wait").click();
				assertThat(page.locator(".alert.ok")).containsText("E-mailen er på vej");
				assertThat(page.locator("#status")).hasValue("WAITING_ON_CUSTOMER");

				// a bad address comes back translated, with the text kept
				page.locator("input[name=kind][value=FORWARD]").check();
				page.locator("#compose-to").fill("disponent(at)dsv");
				page.locator("#composer").fill("Kan I hente mandag?");
				page.locator("#compose-send").click();
				assertThat(page.locator(".alert.error:not([hidden])"))
					.containsText("En adresse i Til er ikke en gyldig e-mailadresse");
				assertThat(page.locator("#composer")).hasValue("Kan I hente mandag?");

				// forward the customer's mail with its POD to the carrier
				page.locator("input[name=kind][value=FORWARD]").check();
				page.locator("#compose-to").fill(carrier);
				page.locator("#compose-message")
					.selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
				assertThat(page.locator("#compose-forward input[name=original]").first()).isChecked();
				assertThat(page.locator("#compose-forward input[name=original]:checked")).hasCount(1);
				page.locator("#compose-send").click();
				assertThat(page.locator(".alert.ok")).containsText("videresendt");
				BrowserSupport.screenshot(page, "compose-forwarded-da");
			}

			// the outbox is shared with every other test's mail in the cached context,
			// and
			// sendDue works through what is due oldest first: on a loaded machine 15 s
			// were once not enough to reach these two
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				sender.sendDue();
				return server.customerInboxFor(carrier).size() == 1 && server.customerInboxFor(secret).size() == 1;
			});
			MimeMessage reply = server.customerInbox().getFirst();
			assertThat(reply.getHeader("Cc")[0]).contains(colleague);
			assertThat(reply.getHeader("Bcc")).isNull();
			assertThat(ComposeMailTests.raw(reply)).doesNotContain(secret);
			assertThat(ComposeMailTests.attachmentNames(reply)).containsExactly("Fragtbrev Århus.pdf");
			assertThat(server.customerInboxFor(secret).getFirst().getHeader("Bcc")).isNull();
			MimeMessage forwarded = server.customerInboxFor(carrier).getFirst();
			assertThat(ComposeMailTests.attachmentNames(forwarded)).containsExactly("POD æøå.pdf");
			assertThat(ComposeMailTests.raw(forwarded)).contains("Kan I hente mandag?");
		}
	}

}
