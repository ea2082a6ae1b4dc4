package dev.deskhand.access;

import static dev.deskhand.FormSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.FormSession;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Form sign-in over real HTTP: cookies, CSRF, and the throttling of repeated failures per
 * account and per source address.
 */
@IntegrationTest
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	FormSession browser() {
		return new FormSession(port, FormSession.freshAddress());
	}

	@Test
	void sessionCookieIsHttpOnlyAndSameSite() {
		var ws = fixtures.workspace("cookie");
		var r = browser().login(ws.owner().email(), TestFixtures.PASSWORD);
		assertThat(location(r)).doesNotContain("error");
		assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(
				c -> assertThat(c).contains("JSESSIONID").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void formWithoutCsrfTokenIsRefused() {
		var ws = fixtures.workspace("csrf");
		var session = browser();
		session.login(ws.owner().email(), TestFixtures.PASSWORD);
		var r = session.postWithoutCsrf("/w/" + ws.slug() + "/agents", Map.of("name", "Sneaky"));
		assertThat(r.statusCode()).isEqualTo(403);
	}

	@Test
	void throttlesAnAccountAfterFiveFailuresWithoutLockingItOut() throws Exception {
		var ws = fixtures.workspace("throttle");
		for (int i = 0; i < 5; i++) {
			// from five places: it is the account that is throttled
			assertThat(location(browser().login(ws.owner().email(), "not the password at all")))
				.endsWith("/login?error");
		}
		var tooEarly = browser().login(ws.owner().email(), TestFixtures.PASSWORD);
		assertThat(location(tooEarly)).as("even the right password waits").endsWith("/login?error");

		Thread.sleep(SignInThrottle.delayAfter(5, SignInThrottle.FREE_ACCOUNT_FAILURES).toMillis() + 300);
		var later = browser();
		assertThat(location(later.login(ws.owner().email(), TestFixtures.PASSWORD))).doesNotContain("/login");
		assertThat(later.get("/profile").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownAccountsGetTheSameAnswersAsKnownOnes() {
		var ws = fixtures.workspace("unknown");
		String unknown = "nobody-" + System.nanoTime() + "@example.test";
		for (int i = 0; i < 7; i++) {
			var known = browser().login(ws.owner().email(), "not the password at all");
			var nobody = browser().login(unknown, "not the password at all");
			assertThat(nobody.statusCode()).isEqualTo(known.statusCode()).isEqualTo(302);
			assertThat(location(nobody)).isEqualTo(location(known)).endsWith("/login?error");
			assertThat(nobody.body()).isEqualTo(known.body());
		}
		assertThat(throttle.waitBefore(unknown, "192.0.2.1")).as("an unknown account is throttled alike").isPresent();
		assertThat(throttle.waitBefore(ws.owner().email(), "192.0.2.1")).isPresent();
	}

	@Autowired
	SignInThrottle throttle;

	@Test
	void throttlesAnAddressThatTriesManyAccounts() {
		var ws = fixtures.workspace("spray");
		var attacker = browser();
		for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
			assertThat(location(
					attacker.login("guess-" + i + "-" + System.nanoTime() + "@example.test", "Summer2026Summer2026")))
				.endsWith("/login?error");
		}
		assertThat(location(attacker.login(ws.owner().email(), TestFixtures.PASSWORD))).endsWith("/login?error");
		assertThat(location(browser().login(ws.owner().email(), TestFixtures.PASSWORD)))
			.as("the account itself is not held up from elsewhere")
			.doesNotContain("/login");
	}

	@Test
	void growingDelaysHaveACap() {
		assertThat(SignInThrottle.delayAfter(4, 5)).isZero();
		assertThat(SignInThrottle.delayAfter(5, 5)).hasSeconds(2);
		assertThat(SignInThrottle.delayAfter(6, 5)).hasSeconds(4);
		assertThat(SignInThrottle.delayAfter(10, 5)).hasSeconds(64);
		assertThat(SignInThrottle.delayAfter(1000, 5)).isEqualTo(SignInThrottle.MAX_DELAY);
	}

	@Test
	void sessionsEndAfterTheIdleTimeout(@Autowired jakarta.servlet.ServletContext context) {
		assertThat(context.getSessionTimeout()).as("minutes").isEqualTo(30);
	}

	@Test
	void httpsBehindAProxyMakesTheCookieSecureAndSendsHsts() throws Exception {
		var ws = fixtures.workspace("https");
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var overHttps = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(overHttps.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("Secure"));
		assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));

		var plain = browser().login(ws.owner().email(), TestFixtures.PASSWORD);
		assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void pagesTellBrowsersToKeepReferrersAndDevicesToThemselves() {
		var r = browser().get("/login");
		assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(r.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				v -> assertThat(v).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
	}

}
