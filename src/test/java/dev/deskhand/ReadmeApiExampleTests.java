package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * README's API example, run as written with the token it tells the reader to issue (the
 * AI agent's, from the members page): it answered 403 while it named the member list,
 * which an agent may not read.
 */
@IntegrationTest
class ReadmeApiExampleTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Test
	void theReadmesCurlExampleWorksWithAnAgentsToken() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		Matcher curl = Pattern.compile(
				"curl -H \"Authorization: Bearer \\$TOKEN\" http://localhost:8080(/api/v1/workspaces/nordhavn/\\S+)")
			.matcher(readme);
		assertThat(curl.find()).as("README has the curl example").isTrue();
		var ws = fixtures.workspace("readme");
		String token = fixtures.token(ws, fixtures.agent(ws, "Triage-agent"));
		String path = curl.group(1).replace("/workspaces/nordhavn/", "/workspaces/" + ws.slug() + "/");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + " answers " + response.body()).isEqualTo(200);
	}

}
