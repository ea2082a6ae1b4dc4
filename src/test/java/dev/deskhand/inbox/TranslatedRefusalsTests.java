package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * What people read after a failed fetch or a refused file is in their language: the
 * mailboxes page in Danish says why the last fetch failed in Danish (stored as a text of
 * the bundles, not only as English words), and so does "fetch now".
 */
@IntegrationTest
class TranslatedRefusalsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData data;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	DocumentStore documents;

	@Autowired
	MessageSource messages;

	@Test
	void theMailboxesPageInDanishShowsADanishFetchError() {
		var ws = fixtures.workspace("fetch-da");
		String address = "fejl-" + System.nanoTime() + "@nordhavn.test";
		MailboxView box = fixtures.as(ws.owner(), () -> inbox
			.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), data.unreachableMailbox(address)));
		FetchResult failed = fixtures.as(ws.owner(),
				() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
		assertThat(failed.error()).as("the API and logs keep English").contains("could not be reached");

		var person = workspaces.registerPerson("postkasse-" + System.nanoTime() + "@example.test", "Mette Nørgaard",
				TestFixtures.PASSWORD, "da", "Europe/Copenhagen");
		var manager = fixtures.join(ws, person, Role.MANAGER, null, true);
		var web = WebSession.signIn(port, manager);
		String page = web.get("/w/" + ws.slug() + "/mailboxes").body();
		assertThat(page).contains("Deskhand kunne ikke nå serveren").doesNotContain("could not be reached");

		var fetched = web.post("/w/" + ws.slug() + "/mailboxes/" + box.id() + "/fetch", "");
		String after = web.get(java.net.URI.create(fetched.headers().firstValue("Location").orElseThrow()).getPath())
			.body();
		assertThat(after).contains("Deskhand kunne ikke nå serveren").doesNotContain("could not be reached");
	}

	@Test
	void aRefusedFileSaysWhyInTheReadersLanguage() {
		var ws = fixtures.workspace("file-da");
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> fixtures.as(ws.owner(),
						() -> documents.store(policy.require(ws.slug(), Permission.DOCUMENTS_UPLOAD), "tilbud.exe",
								"MZ\0\0 program".getBytes(StandardCharsets.ISO_8859_1), null)));

		assertThat(refused.getMessage())
			.isEqualTo("Programs and scripts (.exe) are not accepted: they could run when opened");
		assertThat(messages.getMessage(refused, Locale.forLanguageTag("da")))
			.isEqualTo("Programmer og scripts (.exe) modtages ikke: de kan køre, når de åbnes");
		assertThat(messages.getMessage(refused, Locale.GERMAN)).startsWith("Programme und Skripte (.exe)");
	}

}
