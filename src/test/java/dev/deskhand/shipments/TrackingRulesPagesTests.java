package dev.deskhand.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tracking rules page in Danish, linked from the dashboard (the suggested rules,
 * editing in place, a refused form's reason) and the API's answers, a refused rule as
 * problem+json with the field's pointer.
 */
@IntegrationTest
class TrackingRulesPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void theRulesPageSpeaksDanishAddsTheSuggestedRulesAndSaysWhyAFormWasRefused() {
		var ws = fixtures.workspace("trackrules");
		var owner = ws.owner();
		workspaces.updateProfile(owner.person().id(), owner.person().displayName(), "da", "Europe/Copenhagen");
		var web = WebSession.signIn(port, owner);
		String base = "/w/" + ws.slug() + "/shipments/rules";

		assertThat(web.get("/w/" + ws.slug() + "/shipments").body()).contains("href=\"" + base + "\"");
		assertThat(web.get(base).body()).contains("Regler for sporingsafvigelser", "Ingen regler endnu",
				"Tilføj de foreslåede regler");
		assertThat(web.post(base + "/suggested", "").statusCode()).isEqualTo(302);
		String page = web.get(base).body();
		assertThat(page)
			.contains("Gemt.", "ETA later than promised", "ETA ligger mere end 24 timer efter den lovede levering",
					"ingen hændelse i 48 timer under transport", "tilbageholdelse i tolden", "alle kunder",
					"data-confirm")
			.doesNotContain("??", "shipments.exc");

		web.post(base, "name=Forsinket+s%C3%B8&kind=eta-slip&hours=-3&workType=delay&mode=ocean");
		assertThat(web.get(base).body())
			.contains("-3 timer er ikke muligt her: brug 0 til 8760 (mindst 1 for en forsendelse uden nyt).");
		web.post(base, "name=Forsinket+s%C3%B8&kind=eta-slip&hours=12&workType=delay&mode=ocean&priority=HIGH"
				+ "&enabled=true");
		assertThat(web.get(base).body()).contains("Forsinket sø", "ETA ligger mere end 12 timer", "sø",
				"type delay, prioritet");
	}

	@Test
	void theApiAddsChangesListsAndDeletesRulesAndRefusesBadOnesWithThePointer() {
		var ws = fixtures.workspace("trackapi");
		var api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug() + "/tracking-rules";

		var refused = api.post(base, """
				{"name":"Held","kind":"carrier-exception","statuses":["customs-hold","stuck"],"workType":"customs"}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/statuses/1");
		assertThat(refused.body()).contains("\\\"stuck\\\" is not a tracking status");

		var created = api.post(base, """
				{"name":"Held","kind":"carrier-exception","statuses":["customs-hold"],"workType":"customs",
				 "priority":"high"}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("priority").asString()).isEqualTo("HIGH");
		assertThat(created.json().get("statuses").get(0).asString()).isEqualTo("customs-hold");

		var changed = api.send("PUT", base + "/" + id,
				"""
						{"name":"Held in customs","kind":"carrier-exception","statuses":[],"workType":"customs","mode":"air"}""");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(api.get(base).json().get(0).get("name").asString()).isEqualTo("Held in customs");
		assertThat(api.get(base + "/" + id).json().get("mode").asString()).isEqualTo("air");
		assertThat(api.delete(base + "/" + id).status()).isEqualTo(204);
		assertThat(api.get(base + "/" + id).status()).isEqualTo(404);
	}

}
