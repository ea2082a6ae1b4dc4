package dev.deskhand.work;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a new team tried in Chromium: SLA policies ordered and entered in hours, saved
 * replies with an unknown placeholder refused in Danish and previewed filled in, SOPs
 * shown as formatted text, Resolve withheld while a required checklist is open, ticks
 * taken back, and the queue worked by keyboard without leaving it.
 */
@IntegrationTest
class WorkUxBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkSetup setup;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkspaceManagement workspaces;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	Membership owner(TestFixtures.Ws ws) {
		return fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
	}

	@Test
	void aDanishManagerOrdersPoliciesInHoursAndIsToldWhichPlaceholderIsUnknown() {
		var ws = fixtures.workspace("ux-da");
		workspaces.updateProfile(ws.owner().person().id(), "Mette Nørgaard", "da", "Europe/Copenhagen");
		Membership owner = owner(ws);
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Standard", null, null, 240, null, 2880, null));
		SavedReplyView tak = setup.addSavedReply(owner, "da", "Tak",
				"Hej {{customer.name}}, tak for {{item.reference}}.");
		WorkItemView item = work.create(owner, NewWorkItem.of("email", "Hvor er pallen?"));
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			page.onDialog(d -> d.accept());
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/playbook");

			// a new policy goes before the catch-all, its targets entered in hours
			page.locator("#sla-name").fill("Hastende");
			page.locator("#sla-priority").selectOption("URGENT");
			page.locator("#sla-first").fill("2");
			page.locator("select[name=firstResponseUnit]").last().selectOption("HOURS");
			page.locator("#sla-res").fill("1");
			page.locator("select[name=resolutionUnit]").last().selectOption("DAYS");
			page.locator("#sla-policies form.stack button[type=submit]").last().click();
			assertThat(page.locator("#sla-policies tbody tr").first()).containsText("Hastende");
			assertThat(page.locator("#sla-policies tbody tr").first()).containsText("2 t");
			assertThat(page.locator("#sla-policies tbody tr").first()).containsText("1 arbejdsdag");
			assertThat(page.locator("#sla-policies tbody tr").nth(1)).containsText("Standard");
			// and managers move it
			page.locator("#sla-policies tbody tr").nth(1).locator("button[aria-label^='Flyt op']").click();
			assertThat(page.locator("#sla-policies tbody tr").first()).containsText("Standard");
			BrowserSupport.assertNoMissingMessages(page);

			// an unknown placeholder is refused, named, in Danish; nothing is saved
			page.locator("#reply-name").fill("Sending");
			page.locator("#reply-body").fill("Sendingsnummer: {{shipment.number}}.");
			page.locator("#saved-replies form.stack button[type=submit]").last().click();
			assertThat(page.locator(".alert.error")).containsText("{{shipment.number}} er ikke en pladsholder");
			assertThat(setup.savedReplies(owner)).extracting(SavedReplyView::name).containsExactly("Tak");
			BrowserSupport.screenshot(page, "workux-playbook-da");

			// the preview fills the reply in for the item and says what it lacks
			String preview = page.request()
				.get("/w/" + ws.slug() + "/items/" + item.id() + "/saved-reply-preview?reply=" + tak.id())
				.text();
			assertThat(preview).contains("tak for " + item.reference())
				.contains("Denne opgave har ingen værdi for {{customer.name}}");
		}
	}

	@Test
	void resolveWaitsForTheChecklistAndTicksCanBeTakenBack() {
		var ws = fixtures.workspace("ux-sop");
		Membership owner = owner(ws);
		setup.publishSop(owner,
				new NewSop("bookkeeping",
						"# Månedsafslutning\n\n**Altid** før den 5.:\n\n- bilag\n- bank\n\n<script>alert(1)</script>",
						List.of("Bilag", "Bank"), true));
		WorkItemView item = work.create(owner, NewWorkItem.of("bookkeeping", "November"));
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/items/" + item.id());
			assertThat(page.locator("#sop .markdown h1")).hasText("Månedsafslutning");
			assertThat(page.locator("#sop .markdown strong")).hasText("Altid");
			assertThat(page.locator("#sop .markdown li")).hasCount(2);
			assertThat(page.locator("#sop")).not().containsText("**");
			assertThat(page.locator("#sop script")).hasCount(0);

			assertThat(page.locator("#resolve-form button[type=submit]")).isDisabled();
			assertThat(page.locator("#resolve-blocked")).isVisible();
			page.locator("#sop .checklist button").nth(0).click();
			assertThat(page.locator("#sop .checklist button").nth(0)).hasText("☑ Bilag");
			page.locator("#sop .checklist button").nth(1).click();
			assertThat(page.locator("#sop .checklist button").nth(1)).hasText("☑ Bank");
			assertThat(page.locator("#resolve-form button[type=submit]")).isEnabled();
			// ticked by mistake: click it again
			page.locator("#sop .checklist button").nth(1).click();
			assertThat(page.locator("#sop .checklist button").nth(1)).hasText("☐ Bank");
			assertThat(page.locator("#resolve-form button[type=submit]")).isDisabled();
			assertThat(work.timeline(owner, item.id())).extracting(TimelineEntry::kind)
				.contains(TimelineKind.CHECKLIST_UNTICKED);
			assertThat(page.locator(".timeline")).containsText("unticked a checklist point");
		}
	}

	@Test
	void theQueueIsWorkedByKeyboardWithoutLeavingIt() {
		var ws = fixtures.workspace("ux-keys");
		Membership owner = owner(ws);
		WorkItemView first = work.create(owner,
				new NewWorkItem("data-entry", "First", Priority.URGENT, null, null, null, null, null, null));
		WorkItemView second = work.create(owner,
				new NewWorkItem("data-entry", "Second", Priority.HIGH, null, null, null, null, null, null));
		WorkItemView third = work.create(owner, NewWorkItem.of("data-entry", "Third"));
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/queue?view=open");
			var rows = page.locator("table.queue tbody tr");
			assertThat(rows).hasCount(3);
			page.keyboard().press("j");
			page.keyboard().press("a");
			assertThat(rows.nth(0)).containsText(ws.owner().person().displayName());
			assertThat(rows.nth(1)).hasAttribute("aria-selected", "true");
			assertThat(page).hasURL(Pattern.compile("/queue\\?view=open$"));
			page.keyboard().press("e");
			assertThat(rows).hasCount(2);
			assertThat(rows.nth(1)).containsText("Third");
			assertThat(rows.nth(1)).hasAttribute("aria-selected", "true");
			assertThat(work.item(owner, second.id()).status()).isEqualTo(WorkStatus.RESOLVED);

			page.keyboard().press("?");
			assertThat(page.locator("#keys-help")).isVisible();
			page.keyboard().press("Escape");
			assertThat(page.locator("#keys-help")).isHidden();

			// from My queue to an item and back; r on a task without e-mail opens the
			// note
			BrowserSupport.visit(page, "/queue?view=open");
			page.keyboard().press("j");
			page.keyboard().press("Enter");
			assertThat(page).hasURL(Pattern.compile("/items/" + first.id()));
			assertThat(page.locator("[data-back-to-queue]")).hasAttribute("href", "/queue?view=open");
			page.keyboard().press("r");
			assertThat(page.locator("#note")).isFocused();
			page.locator("#note").blur();
			// e resolves and goes on to the next item of that list
			page.keyboard().press("e");
			assertThat(page).hasURL(Pattern.compile("/items/" + third.id()));
			assertThat(work.item(owner, first.id()).status()).isEqualTo(WorkStatus.RESOLVED);
		}
	}

	@Test
	void managersCreateScopedTasksWithTheFullFormAndPickSchedulesInWords() {
		var ws = fixtures.workspace("ux-task");
		Membership owner = owner(ws);
		var freja = fixtures.member(ws, dev.deskhand.workspace.Role.ASSISTANT, null,
				dev.deskhand.access.ScopeRef.parse("customer:Carlsberg"));
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/queue");
			page.locator("#new-task-link").click();
			BrowserSupport.assertNoMissingMessages(page);
			page.locator("#n-title").fill("Enter Carlsberg's orders");
			page.locator("#n-description").fill("From the portal, week 49");
			page.locator("#n-due").fill("2026-12-24T10:00");
			page.locator("#n-tags").fill("orders, VIP");
			page.locator("#n-assignee").selectOption(freja.member().id().toString());
			page.locator("#n-scope").fill("customer:Carlsberg");
			page.locator("#new-task button[type=submit]").click();
			assertThat(page).hasURL(Pattern.compile("/items/[0-9a-f-]{36}$"));
			assertThat(page.locator(".timeline")).containsText("From the portal, week 49");

			// a recurring task from the picker, described in words
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/playbook");
			page.locator("#task-title").fill("Morning inbox sweep");
			page.locator("#task-frequency").selectOption("WEEKDAYS");
			page.locator("#task-time").fill("08:00");
			page.locator("#new-recurring-task button[type=submit]").click();
			assertThat(page.locator("#recurring-tasks li")).containsText("Every weekday at 08:00");
			assertThat(setup.recurringTasks(owner)).extracting(RecurringTaskView::schedule)
				.containsExactly("0 0 8 * * MON-FRI");
		}
		Membership assistant = fixtures.as(freja, () -> policy.require(ws.slug(), Permission.WORK_VIEW));
		WorkItemView task = work.queue(assistant, QueueFilter.open(), dev.deskhand.shared.PageRequest.of(0, 50))
			.items()
			.stream()
			.map(r -> work.item(assistant, r.id()))
			.filter(i -> i.title().equals("Enter Carlsberg's orders"))
			.findFirst()
			.orElseThrow();
		assertThat(task.scope()).isEqualTo("customer:Carlsberg");
		assertThat(task.customer()).isEqualTo("Carlsberg");
		assertThat(task.tags()).containsExactly("orders", "vip");
		assertThat(task.assignee()).isEqualTo(freja.member().id());
		assertThat(task.due()).isNotNull();
		// her own form files new tasks under her one scope
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, freja.email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/items/new");
			assertThat(page.locator("#n-scope")).hasValue("customer:Carlsberg");
		}
	}

}
