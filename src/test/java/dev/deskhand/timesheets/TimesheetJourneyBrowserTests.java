package dev.deskhand.timesheets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Danish, as people click it: the assistant starts a timer on a work item, sees it in
 * the header, stops it, submits the week; the manager approves it from the approvals
 * page, and the time is billable.
 */
@IntegrationTest
class TimesheetJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	Timesheets timesheets;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	private static void noIsoTimes(Page page) {
		assertThat(page.locator("main").innerText()).doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d");
	}

	/** A person who reads Danish, named as people are. */
	private dev.deskhand.workspace.PersonView dansk(String prefix, String name) {
		var p = fixtures.person(prefix);
		return workspaces.updateProfile(p.id(), name, "da", "Europe/Copenhagen");
	}

	@Test
	void anAssistantTimesAnItemSubmitsTheWeekAndTheManagerApproves() {
		var ws = fixtures.workspace("ts-journey", "da");
		var katrine = fixtures.join(ws, dansk("katrine", "Katrine Holm"), Role.ASSISTANT, null, true);
		var mette = fixtures.join(ws, dansk("mette", "Mette Nørgaard"), Role.MANAGER, null, true);
		WorkItemView item = fixtures.as(katrine, () -> work.create(policy.require(ws.slug(), Permission.WORK_VIEW),
				NewWorkItem.of("toldpapirer", "Tolddokumenter til Aarhus")));
		String base = "http://localhost:" + port;

		try (var session = browser.session(base, false)) {
			Page page = session.newPage();
			page.onDialog(d -> d.accept());
			BrowserSupport.signIn(page, katrine.email(), TestFixtures.PASSWORD);
			// t in the queue starts a timer on the selected item; the header shows it
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/queue");
			page.locator("table.queue tbody tr").first().waitFor();
			page.keyboard().press("j");
			page.keyboard().press("t");
			assertThat(page.locator("#header-timer .timer-label")).hasText(item.reference());
			// on the item page it is stopped, and started again with the button
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/items/" + item.id());
			assertThat(page.locator("#item-timer button")).hasText("Stop tidtagning");
			page.locator("#item-timer button").click();
			assertThat(page.locator("#header-timer .timer-label")).hasCount(0);
			page.locator("#item-timer button").click();
			assertThat(page.locator("#item-timer button")).hasText("Stop tidtagning");
			assertThat(page.locator("#header-timer .timer-label")).hasText(item.reference());
			assertThat(page.locator("#header-timer .timer-elapsed"))
				.hasText(java.util.regex.Pattern.compile("0:00:0\\d"));
			page.locator("#header-timer button").click();
			assertThat(page.locator("#header-timer .timer-label")).hasCount(0);

			BrowserSupport.visit(page, "/w/" + ws.slug() + "/time");
			assertThat(page.locator("h1")).containsText("Uge");
			assertThat(page.locator("#week-entries")).containsText("Tolddokumenter til Aarhus");
			page.locator("#submit-week").click();
			assertThat(page.locator("#week-status")).containsText("Indsendt, venter på godkendelse");
			noIsoTimes(page);
		}

		try (var session = browser.session(base, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, mette.email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/time/approvals");
			assertThat(page.locator("#submitted-weeks")).containsText("Katrine Holm");
			page.locator("#submitted-weeks a", new Page.LocatorOptions().setHasText("Åbn")).first().click();
			assertThat(page.locator("#week-entries")).containsText("Tolddokumenter til Aarhus");
			page.locator("#approve-week").click();
			assertThat(page.locator("#week-status")).containsText("Godkendt");
			assertThat(page.locator("#week-status")).containsText("Mette Nørgaard");
			noIsoTimes(page);
			BrowserSupport.screenshot(page, "time-approved-da");
		}
		assertThat(timesheets.approvedTime(ws.view().id(), katrine.member().id(),
				Instant.now().minus(8, ChronoUnit.DAYS), Instant.now().plusSeconds(60)))
			.hasSize(2)
			.allSatisfy(t -> assertThat(t.itemReference()).isEqualTo(item.reference()));
	}

}
