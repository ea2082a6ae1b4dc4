package dev.deskhand.references;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The references API and the field check for forms, over HTTP. */
@IntegrationTest
class ReferencesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void answersTheCandidatesOfSeveralValues() {
		var ws = fixtures.workspace("refs-api");
		ApiClient api = new ApiClient(port, fixtures.token(ws, fixtures.agent(ws, "Feed")));
		var r = api.get("/api/v1/references?value=CSQU3054383&value=CSQU%203054384&value=hello");
		assertThat(r.status()).isEqualTo(200);
		JsonNode answer = r.json();
		assertThat(answer).hasSize(3);
		JsonNode valid = answer.get(0);
		assertThat(valid.get("value").asString()).isEqualTo("CSQU3054383");
		assertThat(valid.get("candidates").get(0).get("type").asString()).isEqualTo("container");
		assertThat(valid.get("candidates").get(0).get("format").asString()).isEqualTo("iso6346");
		assertThat(valid.get("candidates").get(0).get("valid").asBoolean()).isTrue();
		assertThat(valid.get("candidates").get(0).get("reason").isNull()).isTrue();
		JsonNode wrong = answer.get(1).get("candidates").get(0);
		assertThat(wrong.get("valid").asBoolean()).isFalse();
		assertThat(wrong.get("reason").asString()).isEqualTo("Check digit should be 3, not 4");
		assertThat(answer.get(2).get("candidates")).isEmpty();
	}

	@Test
	void aWorkspacesPatternsCountWhenItIsNamed() {
		var ws = fixtures.workspace("refs-api");
		ApiClient owner = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		var saved = owner.send("PUT", "/api/v1/workspaces/" + ws.slug() + "/reference-patterns/orders",
				"{\"type\":\"ORDER\",\"regex\":\"PO-[0-9]{6}\",\"example\":\"PO-123456\"}");
		assertThat(saved.status()).isEqualTo(200);
		var refused = owner.send("PUT", "/api/v1/workspaces/" + ws.slug() + "/reference-patterns/evil",
				"{\"type\":\"INVOICE\",\"regex\":\"(.*a){12}\",\"example\":\"aaaaaaaaaaaa\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("regex");
		assertThat(owner.get("/api/v1/workspaces/" + ws.slug() + "/reference-patterns").json()).hasSize(1);

		JsonNode with = owner.get("/api/v1/references?value=PO-204911&workspace=" + ws.slug()).json();
		assertThat(with.get(0).get("candidates").get(0).get("type").asString()).isEqualTo("order");
		assertThat(with.get(0).get("candidates").get(0).get("format").asString()).isEqualTo("pattern:orders");
		JsonNode without = owner.get("/api/v1/references?value=PO-204911").json();
		assertThat(without.get(0).get("candidates").findValuesAsString("type")).doesNotContain("order");

		var outsider = fixtures.workspace("refs-api");
		ApiClient stranger = new ApiClient(port, fixtures.token(outsider, outsider.owner().member()));
		assertThat(stranger.get("/api/v1/references?value=PO-204911&workspace=" + ws.slug()).status()).isEqualTo(404);
		assertThat(owner.delete("/api/v1/workspaces/" + ws.slug() + "/reference-patterns/orders").status())
			.isEqualTo(204);
	}

	@Test
	void theFieldCheckAnswersAsThePersonTypesInTheirLanguage() {
		var ws = fixtures.workspace("refs-check");
		WebSession english = WebSession.signIn(port, ws.owner());
		String ok = english.get("/references/check?type=container&value=csqu%20305438-3").body();
		assertThat(ok).contains("✓").contains("Container number (ISO 6346)");
		String wrong = english.get("/references/check?type=container&field=box&box=CSQU3054384").body();
		assertThat(wrong).contains("✗").contains("Check digit should be 3, not 4");
		assertThat(english.get("/references/check?type=container&value=").body()).doesNotContain("✓", "✗");

		var german = fixtures.join(ws, workspaces.registerPerson("lager-" + System.nanoTime() + "@example.test",
				"Jana Lager", TestFixtures.PASSWORD, "de", "Europe/Berlin"), Role.EMPLOYEE, null, true);
		String de = WebSession.signIn(port, german).get("/references/check?type=container&value=CSQU3054384").body();
		assertThat(de).contains("✗ ").contains("Die Prüfziffer muss 3 sein, nicht 4");
		String danishAwb = english.get("/references/check?type=air-waybill&value=157-1234567").body();
		assertThat(danishAwb).contains("✗");
	}

}
