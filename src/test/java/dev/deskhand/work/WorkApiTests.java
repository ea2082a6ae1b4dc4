package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The work API over HTTP: created items, problem+json on bad input. */
@IntegrationTest
class WorkApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Test
	void createsReadsAndRefusesBadInputAsProblemJson() {
		var ws = fixtures.workspace("api");
		var api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug();
		assertThat(api.post(base + "/sops", """
				{"type":"travel","markdown":"# Travel","checklist":["Book","Confirm"],"requireChecklist":true}""")
			.status()).isEqualTo(201);
		var created = api.post(base + "/work-items", """
				{"type":"travel","title":"Hotel in Leipzig","tags":["trip"],"priority":"HIGH"}""");
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		var item = api.get(base + "/work-items/" + id);
		assertThat(item.status()).isEqualTo(200);
		assertThat(item.json().get("checklist").get("sop").get("version").asInt()).isEqualTo(1);

		var resolve = api.patch(base + "/work-items/" + id, "{\"status\":\"RESOLVED\"}");
		assertThat(resolve.status()).isEqualTo(400);
		assertThat(resolve.contentType()).startsWith("application/problem+json");
		assertThat(resolve.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/status");

		var badType = api.post(base + "/work-items", "{\"type\":\"Not a type!\",\"title\":\"x\"}");
		assertThat(badType.status()).isEqualTo(400);
		assertThat(badType.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/type");

		var badCalendar = api.send("PUT", base + "/calendar",
				"{\"timeZone\":\"Mars/Olympus\",\"weeklyHours\":\"mon-fri 09:00-17:00\"}");
		assertThat(badCalendar.status()).isEqualTo(400);
		assertThat(badCalendar.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/timeZone");

		var overlapping = api.send("PUT", base + "/calendar",
				"{\"timeZone\":\"Europe/Copenhagen\",\"weeklyHours\":\"mon 08:00-12:00, 11:00-16:00\"}");
		assertThat(overlapping.status()).isEqualTo(400);
		assertThat(overlapping.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/weeklyHours");

		assertThat(api.get("/api/v1/queue").json().get("total").asInt()).isEqualTo(1);
	}

	@Test
	void refusesWebhooksToTheMetadataServiceAsProblemJson() {
		var ws = fixtures.workspace("api-hook");
		var api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug();
		for (String url : new String[] { "https://169.254.169.254/latest/meta-data", "https://[fd00:ec2::254]/",
				"ftp://hooks.example.com/x" }) {
			var refused = api.post(base + "/escalation-rules", """
					{"trigger":"BREACH","channels":["WEBHOOK"],"webhookUrl":"%s","reassign":false}""".formatted(url));
			assertThat(refused.status()).as(url).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/webhookUrl");
		}
		assertThat(api.get(base + "/escalation-rules").json().size()).isZero();
	}

	@Test
	void acceptsADayOpenUntilMidnightAndARuleWithoutReassign() {
		var ws = fixtures.workspace("api-cuts");
		var api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug();

		var allDay = api.send("PUT", base + "/calendar",
				"{\"timeZone\":\"Europe/Copenhagen\",\"weeklyHours\":\"mon-fri 00:00-24:00; sat 10:00-24:00\"}");
		assertThat(allDay.status()).as(allDay.body()).isEqualTo(200);
		assertThat(allDay.json().get("weeklyHours").asString()).startsWith("mon 00:00-24:00;")
			.endsWith("sat 10:00-24:00");
		assertThat(api.get(base + "/calendar").json().get("weeklyHours").asString()).contains("fri 00:00-24:00");

		var rule = api.post(base + "/escalation-rules", """
				{"trigger":"BREACH","targetRole":"MANAGER","channels":["IN_APP"]}""");
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);
		assertThat(rule.json().get("reassign").asBoolean()).isFalse();
	}

}
