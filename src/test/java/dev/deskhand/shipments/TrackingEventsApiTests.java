package dev.deskhand.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestData;
import dev.deskhand.TestFixtures;
import dev.deskhand.shipments.internal.WebhookSecrets;
import dev.deskhand.workspace.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracking events API, the shipments API and the signed webhook over real HTTP: the
 * outcome's exact keys, reasons in the caller's language, 400 only when nothing can be
 * read, a carrier's answer that names no parcel imported with the reference the caller
 * gives, and signatures with their replay window.
 */
@IntegrationTest
class TrackingEventsApiTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	TestFixtures.Ws ws;

	String token;

	@BeforeEach
	void workspace() {
		ws = fixtures.workspace("trackapi");
		token = fixtures.token(ws, ws.owner().member());
	}

	record Answer(int status, String contentType, JsonNode json) {
	}

	private Answer send(String path, String contentType, byte[] body, Map<String, String> headers) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType);
		headers.forEach(b::header);
		try {
			HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
					r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private Answer post(String path, String contentType, String body, String... headers) {
		Map<String, String> h = new java.util.LinkedHashMap<>();
		h.put("Authorization", "Bearer " + token);
		for (int i = 0; i < headers.length; i += 2) {
			h.put(headers[i], headers[i + 1]);
		}
		return send(path, contentType, body.getBytes(StandardCharsets.UTF_8), h);
	}

	@Test
	void aFileWithABadLineIsAnsweredWith200AndTheRejectionInTheCallersLanguage() {
		Answer a = post("/api/v1/workspaces/" + ws.slug() + "/tracking-events?format=csv&file=feed.csv", "text/csv", """
				Reference;Status;Event time
				SO-4711;Zugestellt;2026-03-02T09:15:00+01:00
				SO-4712;Unbekannt;2026-03-02T09:15:00+01:00
				""", "Accept-Language", "de-DE,de;q=0.9");
		assertThat(a.status()).isEqualTo(200);
		JsonNode o = a.json();
		assertThat(o.get("file").asString()).isEqualTo("feed.csv");
		assertThat(o.get("accepted").asInt()).isEqualTo(1);
		assertThat(o.get("duplicates").asInt()).isZero();
		assertThat(o.get("updated").asInt()).isZero();
		assertThat(o.has("import_id")).isTrue();
		assertThat(o.get("rejected")).hasSize(1);
		assertThat(o.get("rejected").get(0).get("position").asString()).isEqualTo("3");
		assertThat(o.get("rejected").get(0).get("reason").asString()).contains("„Unbekannt“ ist kein Status");
		assertThat(o.get("flagged")).isEmpty();
	}

	@Test
	void aFileOfWhichNothingCanBeReadIs400WithThePosition() {
		Answer a = post("/api/v1/workspaces/" + ws.slug() + "/tracking-events?format=json", "application/json",
				"{\"events\": [\n\n{\"status\" \"x\"}]}");
		assertThat(a.status()).isEqualTo(400);
		assertThat(a.contentType()).startsWith("application/problem+json");
		assertThat(a.json().get("errors").get(0).get("pointer").asString()).isEqualTo("3");
		assertThat(a.json().get("detail").asString()).contains("line 3");
	}

	@Test
	void multipartFilesAreAnsweredOneOutcomeEachAndAMappingIsHonoured() {
		String boundary = "b" + System.nanoTime();
		String body = part(boundary, "one.csv", "Sendung,Wann,Was\nM-1,2026-03-01T10:00:00Z,Leveret\n") + part(boundary,
				"two.json",
				"[{\"reference\": \"M-2\", \"status\": \"departed\", \"event_time\": \"2026-03-01T10:00:00Z\"}]") + "--"
				+ boundary + "--\r\n";
		String mapping = URLEncoder.encode("{\"Sendung\":\"reference\",\"Wann\":\"event_time\",\"Was\":\"status\"}",
				StandardCharsets.UTF_8);
		Answer a = post("/api/v1/workspaces/" + ws.slug() + "/tracking-events?mapping=" + mapping,
				"multipart/form-data; boundary=" + boundary, body);
		assertThat(a.status()).isEqualTo(200);
		assertThat(a.json()).hasSize(2);
		assertThat(a.json().get(0).get("file").asString()).isEqualTo("one.csv");
		assertThat(a.json().get(0).get("accepted").asInt()).isEqualTo(1);
		assertThat(a.json().get(1).get("format").asString()).isEqualTo("json");
		assertThat(a.json().get(1).get("accepted").asInt()).isEqualTo(1);
	}

	private static String part(String boundary, String name, String content) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
	}

	@Test
	void aShipmentWithAnInvalidCheckDigitIs400NamingTheReference() {
		Answer bad = post("/api/v1/workspaces/" + ws.slug() + "/shipments", "application/json",
				"{\"mode\":\"OCEAN\",\"references\":[{\"type\":\"BOOKING\",\"value\":\"BK-100001\"},"
						+ "{\"type\":\"CONTAINER\",\"value\":\"MSKU9070324\"}]}",
				"Accept-Language", "da");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/references/1/value");
		assertThat(bad.json().get("detail").asString()).contains("Kontrolcifferet skal være 3, ikke 4");
		Answer good = post("/api/v1/workspaces/" + ws.slug() + "/shipments", "application/json",
				"{\"mode\":\"OCEAN\",\"references\":[{\"type\":\"CONTAINER\",\"value\":\"MSKU9070323\"}],"
						+ "\"origin\":\"DKAAR\"}");
		assertThat(good.status()).isEqualTo(201);
		assertThat(good.json().get("references").get(0).get("valid").asBoolean()).isTrue();
	}

	@Test
	void aSendleAnswerIsStoredAgainstTheShipmentTheImportNamesAndRefusedWithoutIt() throws IOException {
		byte[] sendle = Files.readAllBytes(
				TestData.testdata("carrier-tracking-responses", "test_fixtures", "sendle__TrackingResponse.json"));
		String events = "/api/v1/workspaces/" + ws.slug() + "/tracking-events?format=carrier-sendle";
		Answer created = post("/api/v1/workspaces/" + ws.slug() + "/shipments", "application/json",
				"{\"references\":[{\"value\":\"S3ND73\"}]}");
		assertThat(created.status()).isEqualTo(201);
		String shipment = created.json().get("id").asString();

		Answer without = send(events, "application/json", sendle, Map.of("Authorization", "Bearer " + token));
		assertThat(without.status()).isEqualTo(200);
		assertThat(without.json().get("accepted").asInt()).isZero();
		assertThat(without.json().get("rejected")).hasSize(9);
		assertThat(without.json().get("rejected").get(0).get("reason").asString()).contains("names no reference");

		Answer with = send(events + "&reference=S3ND73", "application/json", sendle,
				Map.of("Authorization", "Bearer " + token));
		assertThat(with.status()).isEqualTo(200);
		assertThat(with.json().get("accepted").asInt()).isEqualTo(9);
		assertThat(with.json().get("rejected")).isEmpty();
		assertThat(with.json().get("flagged")).isEmpty();
		assertThat(get("/api/v1/workspaces/" + ws.slug() + "/shipments/" + shipment + "/events")).hasSize(9);
		JsonNode delivered = get("/api/v1/workspaces/" + ws.slug() + "/shipments/" + shipment);
		assertThat(delivered.get("status").asString()).isEqualTo("DELIVERED");
		assertThat(delivered.get("references")).hasSize(1);

		Answer nothing = send(events + "&reference=%20-%20", "application/json", sendle,
				Map.of("Authorization", "Bearer " + token, "Accept-Language", "da"));
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/reference");
		assertThat(nothing.json().get("detail").asString()).contains("kan ikke navngive en forsendelse");

		// the webhook takes the reference too: the same answer about another parcel
		String secret = post("/api/v1/workspaces/" + ws.slug() + "/tracking-webhook/secret", "application/json", "")
			.json()
			.get("secret")
			.asString();
		String now = String.valueOf(Instant.now().getEpochSecond());
		Answer pushed = send("/api/v1/hooks/tracking/" + ws.slug() + "?format=carrier-sendle&reference=S3ND74",
				"application/json", sendle, Map.of("X-Deskhand-Signature",
						"t=" + now + ",v1=" + HexFormat.of().formatHex(WebhookSecrets.sign(secret, now, sendle))));
		assertThat(pushed.status()).isEqualTo(200);
		assertThat(pushed.json().get("accepted").asInt()).isEqualTo(9);
	}

	private JsonNode get(String path) {
		try {
			HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
			return JSON.readTree(r.body());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void theWebhookTakesSignedPushesOnceAndRefusesStaleOrReplayedOnes() {
		String hook = "/api/v1/hooks/tracking/" + ws.slug() + "?format=json";
		byte[] body = "[{\"external_id\": \"w-1\", \"reference\": \"WH-1\", \"status\": \"delivered\", \"event_time\": \"2026-03-01T10:00:00Z\"}]"
			.getBytes(StandardCharsets.UTF_8);
		String now = String.valueOf(Instant.now().getEpochSecond());
		assertThat(send(hook, "application/json", body, Map.of()).status()).as("no secret yet").isEqualTo(401);

		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		String employeeToken = fixtures.token(ws, employee.member());
		assertThat(send("/api/v1/workspaces/" + ws.slug() + "/tracking-webhook/secret", "application/json", new byte[0],
				Map.of("Authorization", "Bearer " + employeeToken))
			.status()).isEqualTo(403);
		Answer created = post("/api/v1/workspaces/" + ws.slug() + "/tracking-webhook/secret", "application/json", "");
		assertThat(created.status()).isEqualTo(201);
		String secret = created.json().get("secret").asString();

		String signature = "t=" + now + ",v1=" + HexFormat.of().formatHex(WebhookSecrets.sign(secret, now, body));
		Answer ok = send(hook, "application/json", body, Map.of("X-Deskhand-Signature", signature));
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().get("accepted").asInt()).isEqualTo(1);

		Answer replay = send(hook, "application/json", body,
				Map.of("X-Deskhand-Signature", signature, "Accept-Language", "da"));
		assertThat(replay.status()).isEqualTo(401);
		assertThat(replay.json().get("detail").asString()).contains("allerede brugt");

		String old = String.valueOf(Instant.now().minusSeconds(301).getEpochSecond());
		assertThat(send(hook, "application/json", body,
				Map.of("X-Deskhand-Signature",
						"t=" + old + ",v1=" + HexFormat.of().formatHex(WebhookSecrets.sign(secret, old, body))))
			.status()).as("older than 5 minutes").isEqualTo(401);
		assertThat(send(hook, "application/json", body,
				Map.of("X-Deskhand-Signature",
						"t=" + now + ",v1=" + HexFormat.of().formatHex(WebhookSecrets.sign("whsec_wrong", now, body))))
			.status()).as("another secret").isEqualTo(401);
		String later = String.valueOf(Instant.now().getEpochSecond() + 1);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("delivered", "cancelled")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(send(hook, "application/json", tampered,
				Map.of("X-Deskhand-Signature",
						"t=" + later + ",v1=" + HexFormat.of().formatHex(WebhookSecrets.sign(secret, later, body))))
			.status()).as("a body other than the signed one").isEqualTo(401);
	}

}
