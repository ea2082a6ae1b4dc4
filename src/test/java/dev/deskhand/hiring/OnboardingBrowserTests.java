package dev.deskhand.hiring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Your onboarding" in Chromium, in Danish: the header's link leads the new assistant to
 * their checklist, where marking the SOP read completes its step.
 */
@IntegrationTest
class OnboardingBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	HiringTestData data;

	@Autowired
	Hires hires;

	@Autowired
	AccessManagement access;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	WorkSetup workSetup;

	@Test
	void theNewAssistantFollowsTheHeaderLinkAndMarksTheSopRead() {
		Ws ws = fixtures.workspace("onbbrowser", "da");
		Member manager = fixtures.member(ws, Role.MANAGER, null);
		fixtures.as(ws.owner(), () -> workSetup.publishSop(policy.require(ws.slug(), Permission.WORK_MANAGE),
				new NewSop("booking", "# Booking\n\nBekræft altid med vognmanden.", null, false)));
		var person = workspaces.registerPerson("ny-" + System.nanoTime() + "@example.test", "Ida Holm",
				TestFixtures.PASSWORD, "da", "Europe/Copenhagen");
		JobPostId post = data.post(ws, "Bookingassistent", "HOURLY", 30, List.of("booking"), List.of());
		BidId bid = data.bid(post, ws, person.email(), "Ida Holm", "300.00", BidStage.OFFER);
		Hired hired = fixtures.as(manager, () -> hires.hire(policy.require(ws.slug(), Permission.HIRING_MANAGE), bid,
				token -> "http://localhost:" + port + "/invitations/" + token));
		access.acceptInvitation(hired.link().substring(hired.link().lastIndexOf('/') + 1), person.id());
		var member = await().atMost(Duration.ofSeconds(20))
			.until(() -> workspaces.memberOf(ws.view().id(), person.id()), m -> m.isPresent())
			.orElseThrow();
		Member assistant = new Member(person, member);
		fixtures.as(assistant, () -> access.acceptNda(policy.requireBeforeNda(ws.slug())));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> fixtures
				.as(manager, () -> hires.hire(policy.require(ws.slug(), Permission.HIRING_MANAGE), hired.hire().id()))
				.member() != null);

		try (var session = browser.session("http://localhost:" + port, Locale.forLanguageTag("da"))) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, person.email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/queue");
			page.locator("header a[href$='/hiring/my-onboarding']").click();
			assertThat(page.locator("main > h1")).hasText("Din onboarding");
			assertThat(page.locator("#sops")).containsText("Bekræft altid med vognmanden.");
			BrowserSupport.assertNoMissingMessages(page);
			page.locator("#sops form button").click();
			assertThat(page.locator("p.alert.ok")).hasText("Markeret som læst.");
			assertThat(page.locator("#sops")).containsText("Læst ");
			assertThat(page.locator("#steps")).containsText("☑ Læs arbejdsgangene for dit arbejde");
			BrowserSupport.screenshot(page, "onboarding-mine-da");
		}
	}

}
