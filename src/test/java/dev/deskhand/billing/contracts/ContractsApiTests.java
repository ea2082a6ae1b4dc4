package dev.deskhand.billing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView.Status;
import dev.deskhand.workspace.Role;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The REST API: refused input is problem+json naming the field and writes nothing;
 * another assistant's contract is a 404; the sweep ends contracts whose last day has
 * passed.
 */
@IntegrationTest
class ContractsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ContractManagement contracts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void offersAndAcceptsAContractOverRestAndRefusesBadInputAsProblemJson() {
		var ws = fixtures.workspace("contract-api");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		var freja = fixtures.member(ws, Role.ASSISTANT, null);
		var owner = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		var assistant = new ApiClient(port, fixtures.token(ws, katrine.member()));
		String profile = """
				{"kind":"PERSON","name":"Katrine Sørensen","address":"Nørregade 7, København","country":"DK",
				 "vatNumber":"DK12345678","vatScheme":"STANDARD","email":"katrine@example.test","iban":"%s"}""";

		var badIban = assistant.post("/api/v1/billing/issuer-profiles", profile.formatted("DK5000400440116244"));
		assertThat(badIban.status()).isEqualTo(400);
		assertThat(badIban.contentType()).startsWith("application/problem+json");
		assertThat(badIban.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/iban");
		var created = assistant.post("/api/v1/billing/issuer-profiles", profile.formatted("DK50 0040 0440 1162 43"));
		assertThat(created.status()).isEqualTo(201);
		String issuer = created.json().get("id").asString();

		LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
		String contract = """
				{"member":"%s","issuer":"%s","kind":"HOURLY","currency":"%s","period":"WEEKLY","startsOn":"%s",
				 "clauses":["NDA"],"rates":[{"kind":"HOURLY","effectiveFrom":"%s","amount":%s}]}""";
		String path = "/api/v1/workspaces/" + ws.slug() + "/contracts";
		var absurd = owner.post(path, contract.formatted(katrine.member().id(), issuer, "DKK", today, today, "12.345"));
		assertThat(absurd.status()).isEqualTo(400);
		assertThat(absurd.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/rates/0/amount");
		var sek = owner.post(path, contract.formatted(katrine.member().id(), issuer, "SEK", today, today, "400"));
		assertThat(sek.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/currency");
		assertThat(owner.get(path).json()).isEmpty();

		var offered = owner.post(path, contract.formatted(katrine.member().id(), issuer, "DKK", today, today, "400"));
		assertThat(offered.status()).isEqualTo(201);
		JsonNode c = offered.json();
		assertThat(c.get("status").asString()).isEqualTo("DRAFT");
		String id = c.get("id").asString();
		assertThat(assistant.get(path).json()).hasSize(1);
		var accepted = assistant.post(path + "/" + id + "/clauses/NDA/acceptance", "{\"version\":1}");
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACTIVE");
		var other = new ApiClient(port, fixtures.token(ws, freja.member()));
		assertThat(other.get(path + "/" + id).status()).isEqualTo(404);
		assertThat(other.get(path).json()).isEmpty();
		assertThat(owner
			.post(path + "/" + id + "/rates",
					"{\"kind\":\"HOURLY\",\"effectiveFrom\":\"" + today.minusDays(1) + "\",\"amount\":450}")
			.status()).isEqualTo(400);
	}

	@Test
	void theSweepEndsAContractWhoseLastDayHasPassed() {
		var ws = fixtures.workspace("contract-api");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		var c = world.offer(ws, katrine);
		jdbc.sql("update billing.contract set ends_on = ? where id = ?")
			.params(java.sql.Date.valueOf(ContractWorld.TODAY.minusDays(2)), c.id().value())
			.update();
		assertThat(contracts.endContractsPastTheirEnd()).isGreaterThanOrEqualTo(1);
		var ended = contracts.findContract(c.id()).orElseThrow();
		assertThat(ended.status()).isEqualTo(Status.ENDED);
		assertThat(ended.endsOn()).isEqualTo(ContractWorld.TODAY.minusDays(2));
	}

	@Autowired
	ContractWorld world;

}
