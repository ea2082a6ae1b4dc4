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
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.internal.SlaWatch;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The issue's "done means", tried as a new owner would, in Danish, German and English: in
 * Chromium the owner picks their language, connects a mailbox to a local mail server
 * (GreenMail) and tests the connection, sets an SLA policy, the business hours (two
 * periods a day, a holiday region) and an escalation rule (on breach: notify the manager
 * in the app, give them the item, e-mail dispatch); a customer's mail is fetched, shows
 * in the queue, and the owner answers it from the item page; the customer receives the
 * reply; the SLA breaches (the watch is asked a month ahead) and the escalation shows on
 * the item's timeline, in the dispatch mailbox and in the manager's notifications. Every
 * page visited is checked for untranslated message keys.
 */
@IntegrationTest
class NewWorkspaceJourneyTests {

	private static final Map<String, String> PAGE_TITLES = Map.of("da", "Åbningstid & eskalering", "de",
			"Servicezeiten & Eskalation", "en", "Service hours & escalation");

	private static final Map<String, String> MANAGERS = Map.of("da", "Søren Madsen", "de", "Anke Richter", "en",
			"Sam Taylor");

	private static final Map<String, String> ONE_ITEM = Map.of("da", "1 opgave", "de", "1 Vorgang", "en", "1 item");

	private static final Map<String, String> REGIONS = Map.of("da", "DK", "de", "DE-SN", "en", "DE-BY");

	private static final Map<String, List<String>> MAILS = Map.of("da",
			List.of("Hvor er pallerne til Aarhus?", "Hej, vi venter stadig på 4 paller. Hvornår kommer de?",
					"Hej Karen, pallerne er læsset og er hos jer i morgen før kl. 10."),
			"de",
			List.of("Wo bleibt die Sendung nach Dresden?", "Guten Tag, unsere Sendung 4711 ist noch nicht da.",
					"Guten Tag Frau Kunde, die Sendung ist unterwegs und kommt morgen vor 10 Uhr."),
			"en", List.of("Where is order 4711?", "Hello, order 4711 has not arrived yet.",
					"Hi Karen, your order is on the truck and arrives tomorrow before 10:00."));

	private static final Pattern ITEM_URL = Pattern.compile("/items/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkQueue work;

	@Autowired
	OutboxSender sender;

	@Autowired
	SlaWatch watch;

	@Autowired
	MessageSource messages;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "da", "de", "en" })
	void aNewOwnerSetsUpMailHoursAndEscalationAndAnswersACustomer(String lang) throws Exception {
		Locale locale = Locale.forLanguageTag(lang);
		var ws = fixtures.workspace("first-" + lang);
		String slug = ws.slug();
		var managerPerson = workspaces.registerPerson("manager-" + lang + "-" + System.nanoTime() + "@example.test",
				MANAGERS.get(lang), TestFixtures.PASSWORD, lang, "Europe/Copenhagen");
		var manager = fixtures.join(ws, managerPerson, Role.MANAGER, null, false);
		String subject = MAILS.get(lang).get(0);
		try (MailServer mail = new MailServer("first-" + lang);
				var session = browser.session("http://localhost:" + port, locale)) {
			String dispatch = "dispatch-" + lang + "-" + System.nanoTime() + "@nordhavn.test";
			Page page = session.newPage();

			// the owner chooses their language on the profile page
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/profile");
			page.locator("#language").selectOption(lang);
			page.locator("form:has(#language) button[type=submit]").click();
			assertThat(page.locator("html")).hasAttribute("lang", lang);
			assertThat(page.locator("header.top")).containsText(t(locale, "nav.myQueue"));
			BrowserSupport.assertNoMissingMessages(page);

			// a mailbox on the local mail server, and its connection tested
			BrowserSupport.visit(page, "/w/" + slug + "/mailboxes");
			page.locator("#address-new").fill(mail.support);
			page.locator("#name-new").fill("Kundeservice");
			page.locator("#user-new").fill(mail.support);
			page.locator("#pw-new").fill(MailServer.PASSWORD);
			page.locator("#imap-host-new").fill("127.0.0.1");
			page.locator("#imap-port-new").fill(String.valueOf(mail.mail.getImap().getPort()));
			page.locator("#imap-sec-new").selectOption("NONE");
			page.locator("#smtp-host-new").fill("127.0.0.1");
			page.locator("#smtp-port-new").fill(String.valueOf(mail.mail.getSmtp().getPort()));
			page.locator("#smtp-sec-new").selectOption("NONE");
			page.locator("section:has(#address-new) button[type=submit]").click();
			assertThat(page.locator("p.alert.ok")).hasText(t(locale, "mailboxes.added"));
			Locator mailbox = page.locator("section[id^=mailbox-]");
			mailbox.locator("form[action$='/test'] button").click();
			assertThat(mailbox.locator(".alert.ok")).containsText(t(locale, "mailboxes.checkOk"));
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "journey-1-mailbox-" + lang);

			// an SLA policy on the playbook, then on to service hours from there
			BrowserSupport.visit(page, "/w/" + slug + "/playbook");
			page.locator("#sla-name").fill("E-mail");
			page.locator("#sla-first").fill("60");
			page.locator("#sla-res").fill("240");
			page.locator("#sla-policies form[action$='/sla-policies'] button").click();
			assertThat(page.locator("p.alert.ok")).hasText(t(locale, "item.saved"));
			page.locator("main a[href$='/service-hours']").click();
			assertThat(page.locator("h1")).hasText(PAGE_TITLES.get(lang));
			BrowserSupport.assertNoMissingMessages(page);

			page.locator("#timeZone").selectOption("Europe/Copenhagen");
			for (String day : List.of("mon", "tue", "wed", "thu", "fri")) {
				page.locator("#" + day + "-from-0").fill("08:00");
				page.locator("#" + day + "-to-0").fill("12:00");
				page.locator("#" + day + "-from-1").fill("13:00");
				page.locator("#" + day + "-to-1").fill("16:30");
			}
			page.locator("#region").selectOption(REGIONS.get(lang));
			page.locator("#hours button[type=submit]").click();
			assertThat(page.locator("p.alert.ok")).hasText(t(locale, "item.saved"));
			assertThat(page.locator("#fri-to-1")).hasValue("16:30");
			checkHolidayPreview(page, slug, lang);
			BrowserSupport.screenshot(page, "journey-2-service-hours-" + lang);

			page.locator("#rule-trigger").selectOption("BREACH");
			page.locator("#rule-target").selectOption("member:" + manager.member().id());
			page.locator("#new-rule input[name=reassign]").check();
			page.locator("#rule-email").fill(dispatch);
			page.locator("#new-rule button[type=submit]").click();
			assertThat(page.locator("p.alert.ok")).hasText(t(locale, "item.saved"));
			Locator rule = page.locator("table.rules tbody tr");
			assertThat(rule).containsText(t(locale, "rules.trigger.BREACH"));
			assertThat(rule).containsText(MANAGERS.get(lang));
			assertThat(rule).containsText(t(locale, "rules.inApp"));
			assertThat(rule).containsText(t(locale, "rules.reassign"));
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "journey-3-escalation-" + lang);

			// a customer writes; the owner fetches the mailbox and finds the item in the
			// queue
			mail.customerSends(subject, MAILS.get(lang).get(1), null, null);
			BrowserSupport.visit(page, "/w/" + slug + "/mailboxes");
			page.locator("section[id^=mailbox-] form[action$='/fetch'] button").click();
			assertThat(page.locator("section[id^=mailbox-] .alert.ok"))
				.containsText(t(locale, "mailboxes.fetchResult", 1, 0, 0));
			page.locator("nav.side a[href$='/queue']").click();
			assertThat(page.locator("h1")).hasText(t(locale, "queue.title"));
			assertThat(page.locator("table.queue")).containsText(subject);
			assertThat(page.locator("#queue p.muted").first()).hasText(ONE_ITEM.get(lang));
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "journey-4-queue-" + lang);

			// the owner answers from the item page
			page.locator("table.queue a").filter(new Locator.FilterOptions().setHasText(subject)).click();
			assertThat(page.locator("#conversation")).containsText(MAILS.get(lang).get(1));
			BrowserSupport.assertNoMissingMessages(page);
			Matcher id = ITEM_URL.matcher(page.url());
			assertThat(id.find()).isTrue();
			WorkItemId item = new WorkItemId(UUID.fromString(id.group(1)));
			page.locator("#composer").fill(MAILS.get(lang).get(2));
			page.locator("#composer").press("Control+Enter");
			assertThat(page.locator("p.alert.ok")).isVisible();

			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return mail.customerInbox().size() == 1;
			});
			var reply = mail.customerInbox().getFirst();
			assertThat(reply.getSubject()).isEqualTo("Re: " + subject);
			assertThat((String) reply.getContent()).contains(MAILS.get(lang).get(2));
			await().atMost(Duration.ofSeconds(10)).until(() -> item(ws, item).sla().firstResponseDue() == null);

			// a month later the item is still not resolved: the resolution target
			// breaches
			assertThat(watch.check(Instant.now().plus(Duration.ofDays(30)), ws.view().id())).isPositive();
			WorkItemView breached = item(ws, item);
			assertThat(breached.sla().breached()).isTrue();
			assertThat(breached.assignee()).isEqualTo(manager.member().id());

			page.reload();
			Locator timeline = page.locator("ol.timeline");
			assertThat(timeline).containsText(t(locale, "timeline.SLA_BREACHED"));
			assertThat(timeline).containsText(t(locale, "timeline.ESCALATED") + " (" + t(locale, "rules.trigger.BREACH")
					+ ": " + t(locale, "sla.target.RESOLUTION") + ")");
			assertThat(timeline).containsText(t(locale, "timeline.escalation.member", MANAGERS.get(lang)));
			assertThat(timeline).containsText(t(locale, "timeline.escalation.reassign", MANAGERS.get(lang)));
			assertThat(timeline).containsText(t(locale, "timeline.escalation.email", dispatch));
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "journey-5-item-escalated-" + lang);

			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return mail.customerInboxFor(dispatch).size() == 1;
			});
			var escalationMail = mail.customerInboxFor(dispatch).getFirst();
			assertThat((String) escalationMail.getContent()).contains(breached.reference());
			// the subject says what happened; a fixed address reads the workspace's
			// default
			// language (English here), a member their own
			assertThat(escalationMail.getSubject()).startsWith("Deskhand: " + breached.reference())
				.contains(t(java.util.Locale.ENGLISH, "rules.trigger.BREACH"));

			// the manager finds the escalation among their notifications
			try (var managerSession = browser.session("http://localhost:" + port, locale)) {
				Page other = managerSession.newPage();
				BrowserSupport.signIn(other, managerPerson.email(), TestFixtures.PASSWORD);
				BrowserSupport.visit(other, "/w/" + slug + "/queue");
				Locator notifications = other.locator("#notifications");
				assertThat(notifications.locator("h2")).hasText(t(locale, "notifications.title"));
				assertThat(notifications).containsText(breached.reference());
				assertThat(notifications)
					.containsText(t(locale, "rules.trigger.BREACH") + " (" + t(locale, "sla.target.RESOLUTION") + ")");
				BrowserSupport.screenshot(other, "journey-6-notification-" + lang);
				notifications.locator("a").first().click();
				assertThat(other).hasURL(Pattern.compile("/items/" + item.value() + "$"));
				BrowserSupport.assertNoMissingMessages(other);
				BrowserSupport.visit(other, "/w/" + slug + "/queue");
				other.locator("#notifications button").first().click();
				assertThat(other.locator("#notifications")).hasCount(0);
			}
		}
	}

	/**
	 * The preview names the region's next holidays in the person's language: Saxony's
	 * Buß- und Bettag, Bavaria without it, Denmark without Store Bededag since 2024.
	 */
	private void checkHolidayPreview(Page page, String slug, String lang) {
		Locator closures = page.locator("#closures");
		switch (lang) {
			case "da" -> {
				BrowserSupport.visit(page, "/w/" + slug + "/service-hours?from=2026-04-07");
				assertThat(closures.locator("li").first()).containsText("torsdag den 14. maj 2026");
				assertThat(closures.locator("li").first()).containsText("Kristi himmelfartsdag");
				assertThat(closures).not().containsText("Store bededag");
			}
			case "de" -> {
				BrowserSupport.visit(page, "/w/" + slug + "/service-hours?from=2026-11-10");
				assertThat(closures.locator("li").first()).containsText("Mittwoch, 18. November 2026");
				assertThat(closures.locator("li").first()).containsText("Buß- und Bettag");
			}
			default -> {
				BrowserSupport.visit(page, "/w/" + slug + "/service-hours?from=2026-11-10");
				assertThat(closures.locator("li").first()).containsText("December 25, 2026");
				assertThat(closures).not().containsText("Repentance");
			}
		}
	}

	private WorkItemView item(TestFixtures.Ws ws, WorkItemId id) {
		return fixtures.as(ws.owner(), () -> work.item(policy.require(ws.slug(), Permission.WORK_VIEW), id));
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
