package dev.deskhand.access;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals on pages are the shell's error page in the reader's language — heading and
 * reason from the bundles, never a raw key or English — while the API keeps problem+json
 * (in the caller's {@code Accept-Language}, English by default).
 */
@IntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@Test
	void pagesRefuseInTheReadersLanguageInsideTheShell() {
		var ws = fixtures.workspace("errors-da");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		workspaces.updateProfile(employee.person().id(), "Line Østergaard", "da", "Europe/Copenhagen");
		var session = WebSession.signIn(port, employee);
		String w = "/w/" + ws.slug();

		assertPage(session.get("/nothing-here"), 404, "<h1>Ikke fundet</h1>", "lang=\"da\"");
		assertPage(session.get(w + "/items/not-a-uuid"), 404, "<h1>Ikke fundet</h1>");
		assertPage(session.get(w + "/items/" + UUID.randomUUID()), 404, "<h1>Ikke fundet</h1>", "Sagen findes ikke");
		assertPage(session.get(w + "/audit"), 403, "<h1>Ikke tilladt</h1>", "Din rolle må ikke gøre dette");
		assertPage(session.get("/w/no-such-workspace"), 404, "Arbejdsområdet findes ikke");

		workspaces.updateProfile(employee.person().id(), "Line Östergaard", "de", "Europe/Berlin");
		assertPage(session.get(w + "/items/" + UUID.randomUUID()), 404, "<h1>Nicht gefunden</h1>",
				"Diesen Vorgang gibt es nicht", "lang=\"de\"");
		assertPage(session.get(w + "/mailboxes"), 403, "<h1>Nicht erlaubt</h1>", "Ihre Rolle darf das nicht");
	}

	@Test
	void theApiKeepsProblemJsonInTheCallersLanguage() throws Exception {
		var ws = fixtures.workspace("errors-api");
		String token = fixtures.token(ws, ws.owner().member());
		String base = "http://localhost:" + port + "/api/v1/workspaces/" + ws.slug() + "/work-items/";
		var english = send(base + UUID.randomUUID(), token, null);
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JsonMapper.builder().build().readTree(english.body()).get("detail").asString())
			.isEqualTo("No such work item");
		var danish = send(base + UUID.randomUUID(), token, "da-DK,da;q=0.9");
		assertThat(JsonMapper.builder().build().readTree(danish.body()).get("detail").asString())
			.isEqualTo("Sagen findes ikke");
		var malformed = send(base + "not-a-uuid", token, null);
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void aBrowserGetsTheShellsErrorPageForUnknownAddressesAndMalformedIds() {
		var ws = fixtures.workspace("errors-browser");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		workspaces.updateProfile(employee.person().id(), "Line Østergaard", "da", "Europe/Copenhagen");
		try (var context = browser.session("http://localhost:" + port, Locale.forLanguageTag("da"))) {
			Page page = context.newPage();
			BrowserSupport.signIn(page, employee.email(), TestFixtures.PASSWORD);
			for (String path : new String[] { "/nothing-here", "/w/" + ws.slug() + "/items/not-a-uuid",
					"/w/" + ws.slug() + "/items/" + UUID.randomUUID() }) {
				var response = page.navigate(path);
				assertThat(response.status()).as(path).isEqualTo(404);
				assertThat(page.locator("main h1")).hasText("Ikke fundet");
				assertThat(page.locator("header .brand")).isVisible();
				BrowserSupport.assertNoMissingMessages(page);
				assertThat(page.content()).as(path).doesNotContain("\"status\"", "No endpoint", "No such");
			}
			var denied = page.navigate("/w/" + ws.slug() + "/audit");
			assertThat(denied.status()).isEqualTo(403);
			assertThat(page.locator("main h1")).hasText("Ikke tilladt");
			assertThat(page.locator("main")).containsText("Din rolle må ikke gøre dette");
			assertThat(page.locator("header nav.top-nav")).isVisible();
			BrowserSupport.screenshot(page, "error-forbidden-da");
		}
	}

	private static void assertPage(HttpResponse<String> r, int status, String... texts) {
		assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(status);
		assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(r.body()).as(r.uri().toString()).contains(texts).doesNotContain("??", "No endpoint", "No such");
	}

	private static HttpResponse<String> send(String url, String token, String language) throws Exception {
		var b = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (language != null) {
			b.header("Accept-Language", language);
		}
		return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

}
