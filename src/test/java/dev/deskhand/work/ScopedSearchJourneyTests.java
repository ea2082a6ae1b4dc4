package dev.deskhand.work;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium, in Danish: an assistant scoped to one customer searches a word that is in
 * every customer's mail and tasks, and finds her customer's work and mail and nothing
 * else.
 */
@IntegrationTest
class ScopedSearchJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	AccessPolicy policy;

	@Autowired
	PartyManagement parties;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData data;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void aScopedAssistantFindsHerCustomersWorkAndNothingElse() {
		var ws = fixtures.workspace("scoped-soeg");
		var freja = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Carlsberg"));
		workspaces.updateProfile(freja.person().id(), "Freja Lund", "da", "Europe/Copenhagen");
		String word = "pallelabel" + System.nanoTime() % 10000;
		MailboxId box = fixtures.as(ws.owner(), () -> {
			Membership m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			PartyView carlsberg = parties.create(m,
					NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example"));
			PartyView tuborg = parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Tuborg", "da", "tuborg.example"));
			Membership w = policy.require(ws.slug(), Permission.WORK_VIEW);
			work.create(w, new NewWorkItem("task", "Carlsberg opgave " + word, Priority.NORMAL, null, null, null, null,
					null, null, carlsberg.id()));
			work.create(w, new NewWorkItem("task", "Tuborg opgave " + word, Priority.NORMAL, null, null, null, null,
					null, null, tuborg.id()));
			work.create(w, NewWorkItem.of("task", "Intern opgave " + word));
			return inbox
				.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
						data.unreachableMailbox("kundeservice-" + System.nanoTime() + "@nordhavn.test"))
				.id();
		});
		data.receive(box, "maja@carlsberg.example", "Carlsberg mail", "Ny " + word + " til lageret");
		data.receive(box, "lager@tuborg.example", "Tuborg mail", "Ny " + word + " til lageret");
		data.receive(box, "info@ukendt.example", "Ukendt mail", "Ny " + word + " til lageret");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from work.item where workspace_id = ? and conversation_id is not null")
				.param(ws.view().id().value())
				.query(Long.class)
				.single() == 3);

		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, freja.email(), TestFixtures.PASSWORD);
			page.navigate("/w/" + ws.slug() + "/queue");
			page.keyboard().press("/");
			page.locator("#site-search").fill(word);
			page.locator("#site-search").press("Enter");
			assertThat(page.locator("h1")).hasText("Søgning");
			assertThat(page.locator("main")).containsText("Carlsberg opgave");
			assertThat(page.locator("main")).containsText("Carlsberg mail");
			assertThat(page.locator("main")).not().containsText("Tuborg");
			assertThat(page.locator("main")).not().containsText("Intern opgave");
			assertThat(page.locator("main")).not().containsText("Ukendt mail");
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "search-scoped-da");
		}
	}

}
