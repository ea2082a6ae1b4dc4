package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Form sign-in over real HTTP: cookies, CSRF, and the lock after repeated failures. */
@IntegrationTest
class SignInTests {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	HttpResponse<String> login(HttpClient http, String email, String password) throws Exception {
		var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		var m = CSRF.matcher(page.body());
		assertThat(m.find()).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1);
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
		var ws = fixtures.workspace("cookie");
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var r = login(http, ws.owner().email(), TestFixtures.PASSWORD);
		assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(
				c -> assertThat(c).contains("JSESSIONID").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void formWithoutCsrfTokenIsRefused() throws Exception {
		var ws = fixtures.workspace("csrf");
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		login(http, ws.owner().email(), TestFixtures.PASSWORD);
		var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/w/" + ws.slug() + "/agents"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Sneaky"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(403);
	}

	@Test
	void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		var ws = fixtures.workspace("lock");
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		for (int i = 0; i < 5; i++) {
			var wrong = login(http, ws.owner().email(), "not the password at all");
			assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		}
		var right = login(http, ws.owner().email(), TestFixtures.PASSWORD);
		assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
	}

}
