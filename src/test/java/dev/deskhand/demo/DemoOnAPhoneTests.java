package dev.deskhand.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nordhavn's owner works the demo inbox on a phone (390 × 844) in Danish: the queue is a
 * compact list of one row per item, the side navigation folds behind a button that works
 * by keyboard, and neither the queue nor an item page scrolls sideways.
 */
@IntegrationTest
class DemoOnAPhoneTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	WorkspaceManagement workspaces;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void theQueueIsACompactListAndTheNavigationFolds() {
		demo.loadUnless(() -> workspaces.findWorkspace("nordhavn").isPresent());
		try (var session = browser.session("http://localhost:" + port, true)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, "mette@nordhavn.example", DemoData.PASSWORD);
			page.navigate("/w/nordhavn/queue");
			// the work items follow the demo inbox's EmailReceived events
			Locator rows = page.locator("table.queue tbody tr");
			for (int i = 0; i < 30 && rows.count() < 30; i++) {
				page.waitForTimeout(500);
				page.reload();
			}
			assertThat(rows.count()).isGreaterThanOrEqualTo(30);
			BrowserSupport.assertNoMissingMessages(page);
			assertNoSidewaysScroll(page);

			Locator first = rows.first();
			assertThat(first.locator("td.title")).containsText(Pattern.compile("\\d"));
			assertThat(first.locator("td.sla .badge")).isVisible();
			assertThat(first.locator("td.party")).isVisible();
			assertThat(page.locator("table.queue thead")).isHidden();
			// one compact row: reference and subject on one line, party and SLA beside
			// and below
			assertThat(first.boundingBox().height).isLessThan(80);
			assertThat(first.boundingBox().width).isLessThanOrEqualTo(390);
			BrowserSupport.screenshot(page, "demo-queue-phone-da");

			Locator menu = page.locator("nav.side .nav-toggle");
			Locator links = page.locator("#side-links");
			assertThat(menu).hasText("Menu");
			assertThat(menu).hasAttribute("aria-expanded", "false");
			assertThat(links).isHidden();
			menu.click();
			assertThat(menu).hasAttribute("aria-expanded", "true");
			assertThat(links).isVisible();
			BrowserSupport.screenshot(page, "demo-menu-phone-da");
			page.keyboard().press("Escape");
			assertThat(menu).hasAttribute("aria-expanded", "false");
			assertThat(links).isHidden();
			assertThat(menu).isFocused();
			page.keyboard().press("Enter");
			assertThat(links).isVisible();
			links.getByText("Kø", new Locator.GetByTextOptions().setExact(true)).focus();
			page.keyboard().press("Enter");
			assertThat(page).hasURL(Pattern.compile("/w/nordhavn/queue$"));

			// an item with a thread and an attachment: the damage claim, or the POD from
			// DSV
			rows.filter(new Locator.FilterOptions().setHasText("DK-58213")).first().locator("td.title a").click();
			assertThat(page.locator("h1")).containsText("DK-58213",
					new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
			BrowserSupport.assertNoMissingMessages(page);
			assertNoSidewaysScroll(page);
			BrowserSupport.screenshot(page, "demo-item-phone-da");
		}
	}

	private static void assertNoSidewaysScroll(Page page) {
		Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
		// the elements that reach past the right edge, to say what to fix
		Object wide = page.evaluate("[...document.querySelectorAll('body *')]"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 6)"
				+ ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"
				+ ".join(', ')");
		assertThat(overflow).as("horizontal scroll on " + page.url() + ": " + wide).isEqualTo(false);
	}

}
