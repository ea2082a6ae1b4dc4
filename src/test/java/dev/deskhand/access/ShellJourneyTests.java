package dev.deskhand.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's journeys through the web shell in Debian's Chromium; screenshots land in
 * target/screenshots.
 */
@IntegrationTest
class ShellJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	String base() {
		return "http://localhost:" + port;
	}

	@Test
	void sharedAssistantSwitchesBetweenHerWorkspaces() {
		var nordhavn = fixtures.workspace("nordhavn");
		var elbtal = fixtures.workspace("elbtal");
		var assistant = fixtures.member(nordhavn, Role.ASSISTANT, null);
		fixtures.join(elbtal, assistant.person(), Role.ASSISTANT, null, true);
		try (var session = browser.session(base(), false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, assistant.email(), TestFixtures.PASSWORD);
			assertThat(page).hasURL(Pattern.compile("/workspaces$"));
			assertThat(page.locator("main")).containsText(nordhavn.view().name());
			assertThat(page.locator("main")).containsText(elbtal.view().name());
			page.locator("main a", new Page.LocatorOptions().setHasText(nordhavn.view().name())).click();
			assertThat(page.locator("h1")).hasText(nordhavn.view().name());
			BrowserSupport.screenshot(page, "assistant-home-en");
			page.getByLabel("Switch workspace").selectOption(elbtal.slug());
			assertThat(page).hasURL(Pattern.compile("/w/" + elbtal.slug() + "$"));
			assertThat(page.locator("h1")).hasText(elbtal.view().name());
		}
	}

	@Test
	void managerInvitesAMemberWithAnEndDateInGerman() {
		var ws = fixtures.workspace("elbtal-versand");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		workspaces.updateProfile(manager.person().id(), "Anke Schubert", "de", "Europe/Berlin");
		try (var session = browser.session(base(), false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, manager.email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/members");
			assertThat(page.locator("h1")).hasText("Mitglieder und Zugriff");
			page.getByLabel("E-Mail-Adresse").fill("neu.kollegin@example.test");
			page.locator("#inv-role").selectOption("ASSISTANT");
			page.locator("#inv-until").fill("2031-06-30T17:00");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Einladung erstellen"))
				.click();
			assertThat(page.locator("#invite-link")).containsText("/invitations/inv_");
			assertThat(page.locator("main")).containsText("neu.kollegin@example.test");
			BrowserSupport.screenshot(page, "manager-invited-de");
			String link = page.locator("#invite-link").textContent();
			assertThat(link).startsWith(base() + "/invitations/inv_");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Prüfprotokoll"))
				.click();
			var invited = page.locator("tbody tr",
					new Page.LocatorOptions().setHasText("neu.kollegin@example.test als Assistenz eingeladen"));
			assertThat(invited).containsText("Anke Schubert");
			assertThat(invited).containsText("angelegt");
			// reading the audit log is itself logged, newest first
			assertThat(page.locator("tbody tr").first()).containsText("gelesen");
			page.locator("#verify").click();
			assertThat(page.locator("#verification")).containsText("Die Kette ist intakt");
			BrowserSupport.screenshot(page, "manager-audit-de");
		}
	}

	@Test
	void assistantMustAcceptTheNdaBeforeWorking() {
		var ws = fixtures.workspace("nda-journey");
		var assistant = fixtures.join(ws, fixtures.person("freja"), Role.ASSISTANT, null, false);
		workspaces.updateProfile(assistant.person().id(), "Freja Lund", "da", "Europe/Copenhagen");
		try (var session = browser.session(base(), false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, assistant.email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug());
			assertThat(page).hasURL(Pattern.compile("/w/" + ws.slug() + "/nda$"));
			assertThat(page.locator(".nda")).containsText("Keep all client data confidential.");
			BrowserSupport.screenshot(page, "assistant-nda-da");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Jeg har læst og accepterer aftalen"))
				.click();
			assertThat(page).hasURL(Pattern.compile("/w/" + ws.slug() + "$"));
			assertThat(page.locator("h1")).hasText(ws.view().name());
		}
	}

	@Test
	void ownerPagesThroughALongAuditLog() {
		var ws = fixtures.workspace("long-log");
		for (int i = 0; i < 55; i++) {
			workspaces.addAgent(ws.view().id(), "Agent " + i, "UTC");
		}
		try (var session = browser.session(base(), false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/audit?subjectType=member");
			assertThat(page.locator(".pager")).containsText("page 1 of 2");
			page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Next"))
				.click();
			assertThat(page.locator(".pager")).containsText("page 2 of 2");
			assertThat(page).hasURL(Pattern.compile("subjectType=member"));
			assertThat(page.locator("tbody tr")).hasCount(6);
		}
	}

	@Test
	void managerWritesTheQueuePlaybookInGerman() {
		var ws = fixtures.workspace("playbook");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		workspaces.updateProfile(manager.person().id(), "Anke Schubert", "de", "Europe/Berlin");
		try (var session = browser.session(base(), false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, manager.email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/playbook");
			assertThat(page.locator("h1")).hasText("Handbuch");
			page.locator("#sop-type").fill("travel");
			page.locator("#sop-text").fill("Economy unter 6 Stunden.");
			page.locator("#sop-checklist").fill("Richtlinie geprüft\nGebucht");
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Veröffentlichen"))
				.click();
			assertThat(page.locator("#sops")).containsText("travel");
			page.locator("#reply-lang").selectOption("de");
			page.locator("#reply-name").fill("Sendung unterwegs");
			page.locator("#reply-body").fill("Guten Tag {{customer.name}}, Ihre Sendung ist unterwegs.");
			page.locator("#saved-replies button[type=submit]").last().click();
			assertThat(page.locator("#saved-replies")).containsText("Sendung unterwegs");
			page.locator("#sla-name").fill("Dringend");
			page.locator("#sla-priority").selectOption("URGENT");
			page.locator("#sla-first").fill("30");
			page.locator("#sla-policies button[type=submit]").last().click();
			assertThat(page.locator("#sla-policies table")).containsText("Dringend");
			BrowserSupport.screenshot(page, "manager-playbook-de");
		}
	}

	@Test
	void swaggerUiShowsTheApiUnderTheContentSecurityPolicy() {
		var ws = fixtures.workspace("swagger");
		try (var session = browser.session(base(), false)) {
			Page page = session.newPage();
			// the API description is for people signed in (DESKHAND_PUBLIC_API_DOCS opens
			// it)
			page.navigate("/swagger-ui.html");
			assertThat(page.locator("#username")).isVisible();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/swagger-ui.html");
			// springdoc describes the API on the first request, which takes a while on a
			// busy machine
			assertThat(page.locator(".swagger-ui .title")).containsText("Deskhand API",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
			assertThat(page.locator(".opblock-summary-path").first()).containsText("/api/v1/");
			BrowserSupport.screenshot(page, "swagger-ui");
		}
	}

	@Test
	void pagesWorkOnAPhoneInDanish() {
		var ws = fixtures.workspace("nordhavn-phone");
		workspaces.updateProfile(ws.owner().person().id(), "Mette Nørgaard", "da", "Europe/Copenhagen");
		try (var session = browser.session(base(), true)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/members");
			assertThat(page.locator("h1")).hasText("Medlemmer og adgang");
			BrowserSupport.screenshot(page, "owner-members-phone-da");
			Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
			assertThat(overflow).isEqualTo(false);
		}
	}

	@Test
	void changesThePasswordInDanishAndRevokesTheApiTokens() {
		var ws = fixtures.workspace("nordhavn-password");
		workspaces.updateProfile(ws.owner().person().id(), "Mette Nørgaard", "da", "Europe/Copenhagen");
		String token = fixtures.token(ws, ws.owner().member());
		try (var session = browser.session(base(), false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/profile");
			page.getByLabel("Nuværende adgangskode").fill(TestFixtures.PASSWORD);
			// long enough for the browser's check, too easy for the server's
			page.locator("#password").fill("Summer2026Summer2026");
			page.locator("#repeat").fill("Summer2026Summer2026");
			page.getByText("Skift adgangskode", new Page.GetByTextOptions().setExact(true)).last().click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
				.containsText("Denne adgangskode er for let at gætte");

			page.getByLabel("Nuværende adgangskode").fill(TestFixtures.PASSWORD);
			page.locator("#password").fill("tangerine harbour kettle 31");
			page.locator("#repeat").fill("tangerine harbour kettle 31");
			page.getByLabel("Tilbagekald også mine API-tokens i alle arbejdsområder").check();
			BrowserSupport.screenshot(page, "profile-password-da");
			page.getByText("Skift adgangskode", new Page.GetByTextOptions().setExact(true)).last().click();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
				.containsText("Adgangskoden er skiftet. Dine API-tokens er tilbagekaldt.");
			BrowserSupport.assertNoMissingMessages(page);
		}
		assertThat(new dev.deskhand.ApiClient(port, token).get("/api/v1/me").status()).isEqualTo(401);
	}

}
