package dev.deskhand.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.AutomaticMailSamples;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.Priority;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * In Danish, in Chromium: a manager writes a rule for carrier mail on the rules page (a
 * bad tag is refused in Danish, naming it), DSV's mail arrives over IMAP (GreenMail) and
 * its item shows the rule's effects; an "Automatisk svar" to our reply starts no clock.
 */
@IntegrationTest
class InboundRulesJourneyTests {

	private static final Locale DA = Locale.forLanguageTag("da");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

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

	@Autowired
	MessageSource messages;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void aManagersRuleFilesCarrierMailAndAnAutoReplyStartsNoClock() throws Exception {
		var ws = fixtures.workspace("regler");
		var person = workspaces.registerPerson("leder-" + System.nanoTime() + "@example.test", "Søren Madsen",
				TestFixtures.PASSWORD, "da", "Europe/Copenhagen");
		var manager = fixtures.join(ws, person, Role.MANAGER, null, false);
		try (MailServer mail = new MailServer("regler");
				var session = browser.session("http://localhost:" + port, DA)) {
			MailboxView box = fixtures.as(ws.owner(), () -> {
				setup.addSlaPolicy(policy.require(ws.slug(), Permission.WORK_MANAGE),
						new NewSlaPolicy(null, "Standard", null, null, 60, 120, 480, 0.8));
				return inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), mail.settings());
			});
			Page page = session.newPage();
			BrowserSupport.signIn(page, manager.email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/playbook");
			page.locator("#rules-link").click();
			assertThat(page.locator("h1")).hasText(t("inrules.title"));
			page.locator("#new-rule").click();
			page.locator("#rule-name").fill("Fragtpost fra DSV");
			page.locator("#rule-sender").fill("dsv.example");
			page.locator("#rule-type").fill("Carrier");
			page.locator("#rule-priority").selectOption("HIGH");
			page.locator("#rule-tags").fill("dsv, #!");
			page.locator("#rule-form button[type=submit]").click();
			assertThat(page.locator(".alert.error")).containsText("“#!” er ikke et mærke");
			assertThat(page.locator("#rule-name")).hasValue("Fragtpost fra DSV");
			BrowserSupport.assertNoMissingMessages(page);
			page.locator("#rule-tags").fill("dsv");
			page.locator("#rule-form button[type=submit]").click();
			assertThat(page.locator(".alert.ok")).hasText(t("inrules.saved"));
			Locator row = page.locator("tr[data-rule='Fragtpost fra DSV']");
			assertThat(row).containsText("afsenderens domæne er dsv.example");
			assertThat(row).containsText("prioritet → høj");
			assertThat(row).containsText("mærke dsv");
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "rules-da");

			long n = System.nanoTime();
			String kim = "kim.dahl@dsv.example";
			mail.deliver("""
					From: Kim Dahl <%s>
					To: %s
					Subject: Afhentning af 4 paller i morgen
					Message-ID: <dsv-%d@dsv.example>
					MIME-Version: 1.0
					Content-Type: text/plain; charset=UTF-8

					Hej, vi henter 4 paller i Aarhus i morgen kl. 10. Mvh Kim
					""".formatted(kim, mail.support, n).replace("\n", "\r\n"));
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			QueueRow item = await().atMost(Duration.ofSeconds(10)).until(() -> itemFrom(ws, kim), r -> r != null);
			WorkItemView view = view(ws, item);
			assertThat(view.type()).isEqualTo("carrier");
			assertThat(view.priority()).isEqualTo(Priority.HIGH);
			assertThat(view.tags()).containsExactly("dsv");

			BrowserSupport.visit(page, "/w/" + ws.slug() + "/items/" + item.id());
			assertThat(page.locator("ol.timeline")).containsText("“Fragtpost fra DSV”: type → carrier");
			assertThat(page.locator("ol.timeline")).containsText("“Fragtpost fra DSV”: prioritet → høj");
			assertThat(page.locator("ol.timeline")).containsText("“Fragtpost fra DSV”: mærke dsv");
			BrowserSupport.screenshot(page, "rules-item-da");

			fixtures.as(ws.owner(), () -> work.reply(policy.require(ws.slug(), Permission.WORK_VIEW), item.id(),
					"Hej Kim, det passer fint."));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return mail.customerInboxFor(kim).size() == 1;
			});
			MimeMessage reply = mail.customerInboxFor(kim).getFirst();
			await().atMost(Duration.ofSeconds(10)).until(() -> view(ws, item).sla().firstResponseDue() == null);
			WorkStatus before = view(ws, item).status();

			mail.deliver(AutomaticMailSamples.danishAutosvar("<autosvar-" + n + "@dsv.example>", reply.getMessageID(),
					kim, mail.support));
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			await().atMost(Duration.ofSeconds(10))
				.until(() -> fixtures.as(ws.owner(), () -> work.timeline(manager(ws), item.id()))
					.stream()
					.anyMatch(e -> e.kind() == dev.deskhand.work.TimelineKind.AUTO_REPLY_RECEIVED));
			page.reload();
			assertThat(page.locator("ol.timeline")).containsText(t("timeline.AUTO_REPLY_RECEIVED"));
			assertThat(page.locator("#conversation")).containsText(t("conversation.automatic.AUTO_REPLY"));
			WorkItemView after = view(ws, item);
			assertThat(after.sla().nextResponseDue()).as("an auto-reply starts no clock").isNull();
			assertThat(after.sla().firstResponseDue()).isNull();
			assertThat(after.status()).isEqualTo(before);
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "rules-autosvar-da");
		}
	}

	private String t(String key) {
		return messages.getMessage(key, null, DA);
	}

	private Membership manager(TestFixtures.Ws ws) {
		return policy.require(ws.slug(), Permission.WORK_MANAGE);
	}

	private QueueRow itemFrom(TestFixtures.Ws ws, String from) {
		return fixtures
			.as(ws.owner(), () -> work
				.queue(manager(ws), new QueueFilter(false, false, null, null, null, from, Set.of(WorkStatus.values())),
						PageRequest.of(0, 10))
				.items()
				.stream()
				.findFirst()
				.orElse(null));
	}

	private WorkItemView view(TestFixtures.Ws ws, QueueRow row) {
		return fixtures.as(ws.owner(), () -> work.item(manager(ws), row.id()));
	}

}
