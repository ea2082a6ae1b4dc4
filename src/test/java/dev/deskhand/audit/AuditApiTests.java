package dev.deskhand.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AuditApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOwnerListsEntriesAndTheListingIsItselfRecorded() {
		var ws = fixtures.workspace("api-list");
		String token = fixtures.token(ws, ws.owner().member());

		Response r = get(token, "/api/v1/workspaces/" + ws.slug() + "/audit?size=5");
		assertThat(r.status()).isEqualTo(200);
		JsonNode body = json.readTree(r.body());
		assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(4);
		JsonNode newest = body.get("items").get(0);
		assertThat(newest.get("action").asString()).isEqualTo("READ");
		assertThat(newest.get("subjectType").asString()).isEqualTo("audit-log");
		assertThat(newest.get("actorKind").asString()).isEqualTo("TOKEN");
		assertThat(newest.get("actorId").asString()).isEqualTo(ws.owner().member().id().toString());

		get(token, "/api/v1/workspaces/" + ws.slug() + "/audit/export?format=csv");
		assertThat(jdbc
			.sql("select count(*) from audit.entry where workspace_id = ? and action = 'READ' "
					+ "and subject_type = 'audit-log'")
			.param(ws.view().id().value())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void filtersByActionAndSubject() {
		var ws = fixtures.workspace("api-filter");
		String token = fixtures.token(ws, ws.owner().member());

		JsonNode body = json.readTree(
				get(token, "/api/v1/workspaces/" + ws.slug() + "/audit?subjectType=grant&action=create&from=2000-01-01")
					.body());
		assertThat(body.get("total").asLong()).isEqualTo(1);
		assertThat(body.get("items").get(0).get("subjectType").asString()).isEqualTo("grant");
	}

	@Test
	void anAssistantMayNotReadTheLog() {
		var ws = fixtures.workspace("api-deny");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);

		Response r = get(fixtures.token(ws, assistant.member()), "/api/v1/workspaces/" + ws.slug() + "/audit");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).isEqualTo("application/problem+json");
	}

	@Test
	void aBadTimeFilterIsRejectedNamingTheParameter() {
		var ws = fixtures.workspace("api-bad");
		Response r = get(fixtures.token(ws, ws.owner().member()),
				"/api/v1/workspaces/" + ws.slug() + "/audit?from=notadate");
		assertThat(r.status()).isEqualTo(400);
		assertThat(json.readTree(r.body()).get("errors").get(0).get("pointer").asString()).isEqualTo("/from");
	}

	@Test
	void verifiesAndExportsAsCsvAndJsonLines() {
		var ws = fixtures.workspace("api-export");
		String token = fixtures.token(ws, ws.owner().member());
		String base = "/api/v1/workspaces/" + ws.slug() + "/audit";

		JsonNode verification = json.readTree(get(token, base + "/verification").body());
		assertThat(verification.get("ok").asBoolean()).isTrue();
		assertThat(verification.get("workspace").asString()).isEqualTo(ws.slug());

		Response csv = get(token, base + "/export?format=csv");
		assertThat(csv.contentType()).isEqualTo("text/csv");
		assertThat(csv.body()).startsWith("id,seq,occurred_at,");
		Response jsonl = get(token, base + "/export");
		assertThat(jsonl.contentType()).isEqualTo("application/jsonl");
		assertThat(jsonl.body().lines().map(json::readTree).map(l -> l.get("seq").asLong())).startsWith(1L, 2L, 3L);
		assertThat(get(token, base + "/export?format=xml").status()).isEqualTo(400);
	}

	private Response get(String token, String path) {
		return RestClient.create("http://localhost:" + port)
			.get()
			.uri(path)
			.header("Authorization", "Bearer " + token)
			.exchange((request, response) -> {
				MediaType type = response.getHeaders().getContentType();
				return new Response(response.getStatusCode().value(),
						type == null ? "" : type.getType() + "/" + type.getSubtype(),
						new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			});
	}

	record Response(int status, String contentType, String body) {
	}

}
