package dev.deskhand.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.Role;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The work loop end to end, as the issue tells it: a customer's mail arrives over real
 * IMAP (GreenMail) → a work item appears → the assistant replies in Chromium with the
 * keyboard and a saved reply → the customer's mailbox receives it with threading headers
 * → the SLA timer stops → the customer answers → the same item reopens.
 */
@IntegrationTest
class EmailToReplyJourneyTests {

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
	WorkSetup setup;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void assistantAnswersACustomerFromTheQueueByKeyboard() throws Exception {
		var ws = fixtures.workspace("journey");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		try (MailServer mail = new MailServer("journey")) {
			var box = fixtures.as(ws.owner(), () -> {
				var m = policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
				setup.addSavedReply(m, "en", "Shipment on its way",
						"Hi {{customer.name}}, your shipment is on its way. Reference {{item.reference}}.");
				setup.addSlaPolicy(m, new NewSlaPolicy(null, "E-mail", null, null, 60, 120, 480, 0.8));
				return inbox.addMailbox(m, mail.settings());
			});
			var original = mail.customerSends("Where is order 4711?", "Hello, where is my order 4711?", null, null);
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			QueueRow row = await().atMost(Duration.ofSeconds(10)).until(() -> openItems(ws, assistant), r -> r != null);
			assertThat(row.sla().firstResponseDue()).isNotNull();

			try (var session = browser.session("http://localhost:" + port, false)) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, assistant.email(), TestFixtures.PASSWORD);
				page.navigate("/w/" + ws.slug() + "/queue");
				assertThat(page.locator("table.queue")).containsText("Where is order 4711?");
				BrowserSupport.screenshot(page, "queue-en");
				page.keyboard().press("j");
				page.keyboard().press("r");
				assertThat(page).hasURL(Pattern.compile("/items/" + row.id() + "#composer$"));
				assertThat(page.locator("#conversation")).containsText("where is my order 4711?");
				assertThat(page.locator("#composer")).isFocused();
				page.keyboard().press("Shift+Tab");
				assertThat(page.locator("#saved-reply")).isFocused();
				page.keyboard().press("ArrowDown");
				// the filled-in preview comes with its Insert button focused
				assertThat(page.locator("[data-insert-reply]")).isFocused();
				page.keyboard().press("Enter");
				assertThat(page.locator("#composer"))
					.hasValue(Pattern.compile("your shipment is on its way\\. Reference W-"));
				BrowserSupport.screenshot(page, "item-composer-en");
				page.locator("#composer").press("Control+Enter");
				assertThat(page.locator(".alert.ok")).isVisible();
			}

			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return mail.customerInbox().size() == 1;
			});
			var reply = mail.customerInbox().getFirst();
			assertThat(reply.getSubject()).isEqualTo("Re: Where is order 4711?");
			assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(original.getMessageID());
			assertThat((String) reply.getContent()).contains("your shipment is on its way");
			await().atMost(Duration.ofSeconds(10))
				.until(() -> fixtures.as(assistant, () -> work.item(membership(ws, assistant), row.id())).sla(),
						sla -> sla.firstResponseDue() == null);

			fixtures.as(assistant, () -> work.changeStatus(membership(ws, assistant), row.id(), WorkStatus.RESOLVED));
			mail.customerSends("Re: Where is order 4711?", "Thanks! One more question.", reply.getMessageID(),
					original.getMessageID() + " " + reply.getMessageID());
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> fixtures.as(assistant, () -> work.item(membership(ws, assistant), row.id())).status(),
						status -> status == WorkStatus.OPEN);
		}
	}

	@Test
	void theQueueShowsNewItemsWithoutReloading() {
		var ws = fixtures.workspace("live");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, assistant.email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/queue");
			assertThat(page.locator("#queue")).containsText("Nothing here");
			page.waitForTimeout(500); // the event stream is open
			fixtures.as(ws.owner(), () -> work.create(policy.require(ws.slug(), Permission.WORK_VIEW),
					dev.deskhand.work.NewWorkItem.of("phone-call", "Call DSV back about the pickup")));
			// created in another session: PostgreSQL NOTIFY → LISTEN → server-sent event
			// → htmx reloads the rows
			assertThat(page.locator("table.queue")).containsText("Call DSV back about the pickup");
		}
	}

	@Test
	void hostileHtmlMailIsShownHarmlessly() throws Exception {
		var ws = fixtures.workspace("hostile");
		try (MailServer mail = new MailServer("hostile")) {
			var box = fixtures.as(ws.owner(),
					() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), mail.settings()));
			mail.deliver("""
					From: Mallory <mallory@evil.test>
					To: %s
					Subject: Invoice overdue
					Message-ID: <hostile-%d@evil.test>
					MIME-Version: 1.0
					Content-Type: text/html; charset=UTF-8

					<html><body onload="window.pwned=1">
					<script>window.pwned = 2; fetch('http://tracker.evil.test/run');</script>
					<p>Please pay <a href="javascript:window.pwned=3">here</a> today.</p>
					<img src="http://tracker.evil.test/pixel.gif" width="1" height="1">
					<iframe src="http://tracker.evil.test/frame"></iframe>
					</body></html>
					""".formatted(mail.support, System.nanoTime()).replace("\n", "\r\n"));
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			QueueRow row = await().atMost(Duration.ofSeconds(10))
				.until(() -> openItems(ws, ws.owner()), r -> r != null);
			try (var session = browser.session("http://localhost:" + port, false)) {
				Page page = session.newPage();
				java.util.List<String> foreign = new java.util.concurrent.CopyOnWriteArrayList<>();
				page.onRequest(r -> {
					if (!r.url().startsWith("http://localhost:" + port) && !r.url().startsWith("data:")) {
						foreign.add(r.url());
					}
				});
				BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
				page.navigate("/w/" + ws.slug() + "/items/" + row.id());
				assertThat(page.locator("#conversation")).containsText("Please pay here today.");
				assertThat(page.locator("#conversation a[href^='javascript']")).hasCount(0);
				assertThat(page.locator("#conversation img, #conversation iframe, #conversation script")).hasCount(0);
				page.waitForTimeout(500);
				assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
				assertThat(foreign).isEmpty();
				BrowserSupport.screenshot(page, "hostile-mail");
			}
		}
	}

	@Test
	void mailThatCouldNotBeReadShowsItsProblemOnTheWorkItem() throws Exception {
		var ws = fixtures.workspace("unreadable");
		try (MailServer mail = new MailServer("unreadable")) {
			var box = fixtures.as(ws.owner(),
					() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), mail.settings()));
			mail.deliver("From: ole@kunde.dk\r\nTo: " + mail.support + "\r\nSubject: Ordre 4711\r\nMessage-ID: <nb-"
					+ System.nanoTime() + "@kunde.dk>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\n"
					+ "Hvor er ordre 4711?\r\n");
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			QueueRow row = await().atMost(Duration.ofSeconds(10))
				.until(() -> openItems(ws, ws.owner()), r -> r != null);
			try (var session = browser.session("http://localhost:" + port, false)) {
				Page page = session.newPage();
				BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
				page.navigate("/w/" + ws.slug() + "/items/" + row.id());
				assertThat(page.locator("#conversation .parse-problem"))
					.containsText("multipart/mixed without a boundary");
				assertThat(page.locator("#conversation")).containsText("Hvor er ordre 4711?");
			}
		}
	}

	private dev.deskhand.access.Membership membership(TestFixtures.Ws ws, TestFixtures.Member member) {
		return fixtures.as(member, () -> policy.require(ws.slug(), Permission.WORK_VIEW));
	}

	private QueueRow openItems(TestFixtures.Ws ws, TestFixtures.Member member) {
		var page = fixtures.as(member, () -> work.queue(membership(ws, member),
				new QueueFilter(false, false, null, null, null, null, Set.of()), PageRequest.of(0, 10)));
		return page.items().isEmpty() ? null : page.items().getFirst();
	}

}
