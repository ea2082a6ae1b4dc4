package dev.deskhand.references;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reference patterns page in Danish, linked from the playbook: a pattern added,
 * checked live against its example, refused with the reason (a name taken, an example
 * that does not match, a pattern that backtracks), edited in place, used by the
 * workspace's checks and deleted after a confirmation; an assistant reads the patterns
 * and gets no forms.
 */
@IntegrationTest
class ReferencePatternsPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	ReferenceManagement references;

	@Test
	void aManagerAddsChecksEditsAndDeletesPatternsInHerLanguage() {
		var ws = fixtures.workspace("refpatterns");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		workspaces.updateProfile(manager.person().id(), manager.person().displayName(), "da", "Europe/Copenhagen");
		var web = WebSession.signIn(port, manager);
		String base = "/w/" + ws.slug() + "/reference-patterns";

		assertThat(web.get("/w/" + ws.slug() + "/playbook").body()).contains("href=\"" + base + "\"",
				"Referencemønstre");
		assertThat(web.get(base).body()).contains("Referencemønstre", "Ingen mønstre endnu", "Nyt mønster",
				"ordrenumre", "konnossementsnumre");

		assertThat(web.get(base + "/check?regex=" + enc("PO-[0-9]{6}") + "&example=PO-123456").body()).contains("✓",
				"Eksemplet PO-123456 passer til mønsteret");
		assertThat(web.get(base + "/check?regex=" + enc("PO-[0-9]{6}") + "&example=PO-12").body()).contains("✗",
				"Eksemplet PO-12 passer ikke til det regulære udtryk");
		assertThat(web.get(base + "/check?regex=" + enc("PO-[0-9") + "&example=PO-1").body()).contains("✗",
				"Det regulære udtryk er ugyldigt");
		assertThat(web.get(base + "/check?regex=&example=").body()).doesNotContain("✓", "✗");

		assertThat(web.post(base, form("ordrer", "order", "PO-[0-9]{6}", "PO-123456")).statusCode()).isEqualTo(302);
		String page = web.get(base).body();
		assertThat(page)
			.contains("Gemt.", "ordrer", "ordrenumre", "PO-[0-9]{6}", "PO-123456", "data-confirm",
					"Slet mønsteret &quot;ordrer&quot;?")
			.doesNotContain("??", "refs.patterns");
		assertThat(references.validate(ws.view().id(), ReferenceType.ORDER, "PO-654321").valid()).isTrue();

		web.post(base, form("ordrer", "invoice", "INV[0-9]{4}", "INV0001"));
		assertThat(web.get(base).body()).contains("Der findes allerede et mønster med navnet ordrer")
			.doesNotContain("<code>INV[0-9]{4}</code>");
		web.post(base, form("fakturaer", "invoice", "INV[0-9]{4}", "INV-0001"));
		assertThat(web.get(base).body()).contains("Eksemplet INV-0001 passer ikke til det regulære udtryk");
		web.post(base, form("bookinger", "booking", "(.*a){12}", "a".repeat(12)));
		assertThat(web.get(base).body()).contains("Det regulære udtryk tager for lang tid på nogle input");

		web.post(base + "/ordrer", "type=invoice&regex=" + enc("INV[0-9]{4}") + "&example=INV0001");
		assertThat(web.get(base).body()).contains("fakturanumre", "<code>INV[0-9]{4}</code>")
			.doesNotContain("<code>PO-[0-9]{6}</code>");
		assertThat(references.validate(ws.view().id(), ReferenceType.INVOICE, "INV0042").valid()).isTrue();

		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		String read = WebSession.signIn(port, assistant).get(base).body();
		assertThat(read).contains("<code>INV[0-9]{4}</code>").doesNotContain("new-reference-pattern", "inline-edit");

		assertThat(web.post(base + "/ordrer/delete", "").statusCode()).isEqualTo(302);
		assertThat(web.get(base).body()).contains("Ingen mønstre endnu");
		assertThat(references.patterns(ws.view().id())).isEmpty();
	}

	private static String form(String name, String type, String regex, String example) {
		return "name=" + enc(name) + "&type=" + type + "&regex=" + enc(regex) + "&example=" + enc(example);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
