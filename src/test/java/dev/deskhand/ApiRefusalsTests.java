package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests to the API are refused with the right status and a problem+json body
 * that says why — never an empty body or a 500.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRefusalsTests {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	String token;

	String base;

	record Probe(String name, String method, String path, @Nullable String contentType, @Nullable String body,
			int status) {

		@Override
		public String toString() {
			return name;
		}

	}

	@BeforeAll
	void workspace() {
		var ws = fixtures.workspace("probe");
		token = fixtures.token(ws, ws.owner().member());
		base = "/api/v1/workspaces/" + ws.slug();
	}

	static Stream<Probe> probes() {
		return Stream.of(new Probe("id that is no UUID", "GET", "/work-items/not-a-uuid", null, null, 400),
				new Probe("unknown enum value", "POST", "/work-items", JSON,
						"{\"type\":\"phone\",\"title\":\"x\",\"priority\":\"SUPER\"}", 400),
				new Probe("unknown enum in a query", "GET", "/work-items?status=NOPE", null, null, 400),
				new Probe("wrong content type", "POST", "/work-items", "text/plain", "type=phone", 415),
				new Probe("wrong method", "DELETE", "/calendar", null, null, 405),
				new Probe("missing body", "POST", "/work-items", JSON, null, 400),
				new Probe("not JSON", "POST", "/work-items", JSON, "{\"type\":", 400),
				new Probe("huge number", "POST", "/sla-policies", JSON,
						"{\"name\":\"x\",\"firstResponseMinutes\":1e400}", 400),
				new Probe("number too large for its field", "POST", "/sla-policies", JSON,
						"{\"name\":\"x\",\"firstResponseMinutes\":99999999999999999999}", 400),
				new Probe("null in a list", "POST", "/work-items", JSON,
						"{\"type\":\"phone\",\"title\":\"x\",\"tags\":[null]}", 400),
				new Probe("null in a set of channels", "POST", "/escalation-rules", JSON,
						"{\"trigger\":\"BREACH\",\"targetRole\":\"MANAGER\",\"channels\":[null]}", 400),
				new Probe("null in closed days", "PUT", "/calendar", JSON,
						"{\"timeZone\":\"UTC\",\"weeklyHours\":\"mon 08:00-16:00\",\"closedDays\":[null]}", 400),
				new Probe("invalid time zone", "PUT", "/calendar", JSON,
						"{\"timeZone\":\"Mars/Olympus\",\"weeklyHours\":\"mon 08:00-16:00\"}", 400),
				new Probe("invalid date", "PUT", "/calendar", JSON,
						"{\"timeZone\":\"UTC\",\"weeklyHours\":\"mon 08:00-16:00\",\"closedDays\":[\"2026-02-30\"]}",
						400),
				new Probe("invalid instant", "POST", "/work-items", JSON,
						"{\"type\":\"phone\",\"title\":\"x\",\"due\":\"tomorrow\"}", 400),
				new Probe("bad cron", "POST", "/recurring-tasks", JSON,
						"{\"schedule\":\"every friday\",\"type\":\"phone\",\"title\":\"x\"}", 400),
				new Probe("cron every second", "POST", "/recurring-tasks", JSON,
						"{\"schedule\":\"* * * * * *\",\"type\":\"phone\",\"title\":\"x\"}", 400),
				new Probe("cron that never occurs", "POST", "/recurring-tasks", JSON,
						"{\"schedule\":\"0 0 0 30 2 *\",\"type\":\"phone\",\"title\":\"x\"}", 400),
				new Probe("audit from no date", "GET", "/audit?from=2026-13-01", null, null, 400),
				new Probe("audit export in no format", "GET", "/audit/export?format=xml", null, null, 400),
				new Probe("date beyond the database", "PUT", "/calendar", JSON,
						"{\"timeZone\":\"UTC\",\"weeklyHours\":\"mon 08:00-16:00\",\"closedDays\":[\"+99999-01-01\"]}",
						400),
				new Probe("instant beyond the database", "POST", "/work-items", JSON,
						"{\"type\":\"phone\",\"title\":\"x\",\"due\":\"+999999999-12-31T23:59:59Z\"}", 400),
				new Probe("notification id no number", "POST", "/notifications/abc/read", null, null, 400),
				new Probe("huge SLA target", "POST", "/sla-policies", JSON,
						"{\"name\":\"x\",\"firstResponseMinutes\":2147483647}", 400),
				new Probe("no such route", "GET", "/nothing-here", null, null, 404),
				new Probe("array instead of object", "POST", "/work-items", JSON, "[]", 400),
				new Probe("string instead of list", "POST", "/work-items", JSON,
						"{\"type\":\"phone\",\"title\":\"x\",\"tags\":\"a\"}", 400));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void refusesWithProblemJson(Probe probe) throws Exception {
		HttpResponse<String> r = send(probe.method(), base + probe.path(), probe.contentType(), probe.body());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(probe.status());
		assertProblem(r, probe.status());
	}

	@Test
	void refusesAnUploadTooLargeWithProblemJson() throws Exception {
		String boundary = "probe" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 27 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> r = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/documents"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
		assertProblem(r, 413);
	}

	@Test
	void answersAJsonCallerOutsideTheApiWithProblemJsonAndABrowserWithThePage() throws Exception {
		HttpResponse<String> json = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nowhere"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(json.statusCode()).isIn(401, 404);
		assertProblem(json, json.statusCode());

		HttpResponse<String> page = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assets/nothing.css"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>Not found</h1>").doesNotContain("??");
	}

	/**
	 * What the web server refuses before Deskhand sees the request — headers over the
	 * limit, a form body over the post limit — gets the same answers, not Tomcat's own
	 * page with its name and version.
	 */
	@Test
	void refusalsOfTheWebServerItselfAnswerLikeDeskhand() throws Exception {
		String hugeHeader = "x".repeat(20_000);
		HttpResponse<String> header = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/members"))
				.header("Authorization", "Bearer " + token)
				.header("X-Padding", hugeHeader)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(header.statusCode()).isEqualTo(400);
		assertProblem(header, 400);

		String form = "username=" + "a".repeat(3 * 1024 * 1024) + "&password=x";
		HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertProblem(api, 413);

		HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Accept-Language", "da-DK,da;q=0.9,en;q=0.5")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("<h1>For stor</h1>", "lang=\"da\"").doesNotContain("Tomcat", "??");
	}

	static void assertProblem(HttpResponse<String> r, int status) {
		assertThat(r.headers().firstValue("Content-Type")).as(r.body())
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		var json = JsonMapper.builder().build().readTree(r.body());
		assertThat(json.get("status").asInt()).isEqualTo(status);
		assertThat(json.get("detail").asString()).isNotBlank();
	}

	HttpResponse<String> send(String method, String path, @Nullable String contentType, @Nullable String body)
			throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

}
