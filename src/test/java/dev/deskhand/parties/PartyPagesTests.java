package dev.deskhand.parties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.WorkspaceManagement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The parties pages in Danish: texts from the bundles, a refused form shown again with
 * the reason.
 */
@IntegrationTest
class PartyPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PartyManagement parties;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	AccessPolicy policy;

	@Test
	void theListThePartyPageAndTheQueueSpeakDanishAndARefusedFormKeepsWhatWasTyped() {
		var ws = fixtures.workspace("pages");
		var owner = ws.owner();
		workspaces.updateProfile(owner.person().id(), owner.person().displayName(), "da", "Europe/Copenhagen");
		var lego = fixtures.as(owner, () -> {
			var m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			PartyView p = parties.create(m, NewParty.of(PartyKind.CUSTOMER, "LEGO", "da", "lego.example"));
			parties.addContact(m, p.id(), new NewContact("Anders Bruun", "anders.bruun@lego.example", null, "da"));
			work.create(m, new NewWorkItem("data-entry", "Paller til Billund", null, null, null, null, null, null, null,
					p.id()));
			return p;
		});
		var web = WebSession.signIn(port, owner);

		String list = web.get("/w/" + ws.slug() + "/parties?q=le").body();
		assertThat(list).contains("Kunder og fragtførere", "LEGO", "Importér fra CSV").doesNotContain("??");
		String page = web.get("/w/" + ws.slug() + "/parties/" + lego.id()).body();
		assertThat(page).contains("Anders Bruun", "Åbne opgaver", "Paller til Billund", "Kontaktpersoner")
			.doesNotContain("??");
		String queue = web.get("/w/" + ws.slug() + "/queue?party=leg").body();
		assertThat(queue).contains("Paller til Billund", "Kunde eller fragtfører").doesNotContain("??");

		var refused = web.post("/w/" + ws.slug() + "/parties", "kind=CARRIER&name="
				+ URLEncoder.encode("lego", StandardCharsets.UTF_8) + "&language=da&domains=dfds.example");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Der findes allerede en kunde eller fragtfører med dette navn",
				"dfds.example");
	}

}
