package dev.deskhand.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestData;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.WorkspaceManagement;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import page in Danish: a carrier's answer about one parcel that does not repeat its
 * number (Sendle's) is refused without the parcel's reference and stored against it with
 * the reference typed on the page.
 */
@IntegrationTest
class ImportPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void theParcelReferenceTypedOnThePageGoesToTheEventsThatNameNone() throws IOException {
		var ws = fixtures.workspace("importpage");
		var owner = ws.owner();
		workspaces.updateProfile(owner.person().id(), owner.person().displayName(), "da", "Europe/Copenhagen");
		var web = WebSession.signIn(port, owner);
		String page = "/w/" + ws.slug() + "/shipments/import";
		assertThat(web.get(page).body()).contains("Forsendelsens reference", "Kun til en transportørs svar");
		byte[] sendle = Files.readAllBytes(
				TestData.testdata("carrier-tracking-responses", "test_fixtures", "sendle__TrackingResponse.json"));

		String without = web.postFile(page, Map.of("format", "carrier-sendle"), "files", "sendle.json", sendle).body();
		assertThat(without).contains("sendle.json", "Ikke indlæst").doesNotContain("??", "9 nye hændelser");

		String with = web
			.postFile(page, Map.of("format", "carrier-sendle", "reference", "S3ND73"), "files", "sendle.json", sendle)
			.body();
		assertThat(with).contains("sendle.json", "data-outcome=\"accepted\">9 nye hændelser").doesNotContain("??");
	}

}
