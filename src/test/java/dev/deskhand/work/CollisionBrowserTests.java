package dev.deskhand.work;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Collision detection in two browsers: when Søren opens the reply box of an e-mail item,
 * Line — already on the same item in another browser — sees "Søren Holm skriver et svar"
 * appear over the live stream, and see it go once he leaves the item.
 */
@IntegrationTest
class CollisionBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void theSecondBrowserSeesWhoIsReplying() {
		var ws = fixtures.workspace("collision");
		var mailbox = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
						inboxData.unreachableMailbox("support@collision.test")));
		var conversation = inboxData.receive(mailbox.id(), "kunde@arla.test", "Hvor er POD for 020-12345675?");
		UUID item = await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select id from work.item where conversation_id = ?")
				.param(conversation.value())
				.query(UUID.class)
				.optional()
				.orElse(null), java.util.Objects::nonNull);
		var soren = fixtures.join(ws, workspaces.registerPerson("soren-" + System.nanoTime() + "@example.test",
				"Søren Holm", TestFixtures.PASSWORD, "da", "Europe/Copenhagen"), Role.EMPLOYEE, null, true);
		var line = fixtures.join(ws, workspaces.registerPerson("line-" + System.nanoTime() + "@example.test",
				"Line Berg", TestFixtures.PASSWORD, "da", "Europe/Copenhagen"), Role.EMPLOYEE, null, true);
		String path = "/w/" + ws.slug() + "/items/" + item;
		Locale da = Locale.forLanguageTag("da");

		try (var lines = browser.session("http://localhost:" + port, da);
				var sorens = browser.session("http://localhost:" + port, da)) {
			Page linePage = lines.newPage();
			BrowserSupport.signIn(linePage, line.email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(linePage, path);
			Locator banner = linePage.locator("#collision-banner");
			assertThat(banner).hasCount(0);

			Page sorenPage = sorens.newPage();
			BrowserSupport.signIn(sorenPage, soren.email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(sorenPage, path);
			sorenPage.locator("#composer").click();
			sorenPage.locator("#composer").fill("Hej, POD kommer i dag.");

			assertThat(banner).hasText(messages.getMessage("collision.one", new Object[] { "Søren Holm" }, da),
					new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
			// Søren himself is not told that he replies
			assertThat(sorenPage.locator("#collision-banner")).hasCount(0);
			BrowserSupport.screenshot(linePage, "collision-da");

			sorenPage.navigate("/w/" + ws.slug() + "/queue");
			assertThat(banner).hasCount(0,
					new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
		}
	}

}
