package dev.deskhand.work;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The header's search box in Chromium: "/" focuses it, a Danish plural finds, a result
 * opens.
 */
@IntegrationTest
class SearchJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void slashFocusesTheBoxAndAResultOpensTheItem() {
		var ws = fixtures.workspace("soeg");
		workspaces.updateProfile(ws.owner().person().id(), "Mette Holm", "da", "Europe/Copenhagen");
		var item = fixtures.as(ws.owner(),
				() -> work.create(policy.require(ws.slug(), Permission.WORK_VIEW), new NewWorkItem("email",
						"Forsendelse 020-12345675 står i Billund", Priority.HIGH, null, null, null, null, null, null)));
		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/queue");
			Locator box = page.locator("#site-search");
			assertThat(box).not().isFocused();
			page.keyboard().press("/");
			assertThat(box).isFocused();
			box.fill("forsendelser");
			box.press("Enter");
			assertThat(page).hasURL(Pattern.compile("/search\\?q=forsendelser"));
			assertThat(page.locator("h1")).hasText("Søgning");
			assertThat(page.locator(".hit mark").first()).hasText("Forsendelse");
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "search-da");
			page.locator("#s-q").fill("020-1234");
			page.keyboard().press("/");
			assertThat(page.locator("#s-q")).hasValue("020-1234/");
			page.locator("#s-q").fill("020-1234");
			page.locator("#s-q").press("Enter");
			page.locator(".hit-title").first().click();
			assertThat(page).hasURL(Pattern.compile("/w/" + ws.slug() + "/items/" + item.id() + "$"));
		}
	}

}
