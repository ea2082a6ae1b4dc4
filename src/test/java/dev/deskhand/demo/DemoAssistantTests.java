package dev.deskhand.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo inbox as a new user meets it: every mail's item is read by the assistant by
 * the normal path, the mails about the demo's showcase shipments are linked to them and
 * have ready drafts in the customer's language, and late shipments' delay notices wait
 * for approval. Screenshots of the queue and Carlsberg's item go to target/screenshots.
 */
@IntegrationTest
class DemoAssistantTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcClient jdbc;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	UUID nordhavn;

	@BeforeEach
	void loadOnce() {
		demo.loadUnless(() -> workspaces.findWorkspace("nordhavn").isPresent());
		nordhavn = workspaces.findWorkspace("nordhavn").orElseThrow().id().value();
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void theDemoInboxIsTriagedLinkedAndDraftedAndNoticesWait() {
		// every e-mail item (not the automatic mail) is read
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("select count(*) from work.item where workspace_id = ? and source = 'EMAIL' "
					+ "and intent is null", nordhavn), n -> n == 0);
		assertThat(count("select count(distinct language) from work.item where workspace_id = ? and intent is not null",
				nordhavn))
			.isGreaterThanOrEqualTo(2);
		// Carlsberg's question about its container: linked to the showcase shipment, a
		// ready Danish draft stating the carrier's estimate
		String carlsberg = "select id from work.item where workspace_id = ? and title like 'ETA for container MSKU%'";
		UUID item = jdbc.sql(carlsberg).param(nordhavn).query(UUID.class).single();
		assertThat(jdbc.sql("select array_to_string(links, ',') from work.item where id = ?")
			.param(item)
			.query(String.class)
			.single()).contains("shipment:");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count(
					"select count(*) from assistant.draft d join work.item i on i.triaged_message = d.message_id "
							+ "where i.id = ?",
					item), n -> n == 1);
		assertThat(jdbc
			.sql("select d.status || ' ' || d.language from assistant.draft d join work.item i "
					+ "on i.triaged_message = d.message_id where i.id = ?")
			.param(item)
			.query(String.class)
			.single()).isEqualTo("ready da");
		assertThat(count("select count(*) from assistant.draft where workspace_id = ? and status = 'ready'", nordhavn))
			.isGreaterThanOrEqualTo(3);
		// places by name and air waybills as printed, never a UN/LOCODE or 11 bare digits
		assertThat(jdbc.sql("select text from assistant.draft where workspace_id = ?")
			.param(nordhavn)
			.query(String.class)
			.list()).isNotEmpty()
			.noneMatch(text -> text.matches("(?s).*\\b(DK|DE|NL|SE)[A-Z]{3}\\b.*"))
			.noneMatch(text -> text.matches("(?s).*(?<![\\d-])\\d{11}(?!\\d).*"));
		// late shipments' notices wait for approval
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count(
					"select count(*) from assistant.delay_notice where workspace_id = ? " + "and status = 'pending'",
					nordhavn), n -> n > 0);

		try (var session = browser.session("http://localhost:" + port, false)) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, "mette@nordhavn.example", DemoData.PASSWORD);
			page.navigate("/w/nordhavn/queue");
			assertThat(page.locator(".intent-chip").count()).isGreaterThan(0);
			BrowserSupport.screenshot(page, "demo-queue-assistant");
			page.navigate("/w/nordhavn/items/" + item);
			assertThat(page.locator("#draft mark").count()).isGreaterThan(0);
			assertThat(page.locator("#draft-status").textContent()).isNotBlank();
			BrowserSupport.screenshot(page, "demo-item-draft");
		}
	}

}
