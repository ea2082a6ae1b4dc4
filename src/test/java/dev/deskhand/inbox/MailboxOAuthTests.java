package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * OAuth 2.0 sign-in (XOAUTH2) end to end: a local authorization server's token endpoint
 * (the JDK's HTTP server speaking RFC 6749's refresh-token grant, rotating the refresh
 * token) and GreenMail with XOAUTH2, which accepts an access token only if it equals the
 * user's password: the token endpoint sets that password to each token it issues, so only
 * the latest issued access token signs in.
 */
@IntegrationTest
@RecordApplicationEvents
class MailboxOAuthTests {

	static final String CLIENT_ID = "deskhand-test-client";

	static final String CLIENT_SECRET = "client-secret-4711";

	static final String SCOPES = "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access";

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	MailServer mail;

	TokenEndpoint tokens;

	@BeforeEach
	void start() throws IOException {
		mail = new MailServer("oauth");
		tokens = new TokenEndpoint(mail);
	}

	@AfterEach
	void stop() {
		tokens.close();
		mail.close();
	}

	@Test
	void fetchesAndRepliesWithAnAccessTokenObtainedByRefreshAndRotatesTheRefreshToken() throws Exception {
		var ws = fixtures.workspace("oauth");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(owner(ws), settings(tokens.refreshToken)));
		assertThat(box.authKind()).isEqualTo(AuthKind.XOAUTH2);
		assertThat(box.oauthProvider()).isEqualTo("127.0.0.1");
		String firstRefreshToken = tokens.refreshToken;
		assertNotStoredInClear(box.id(), firstRefreshToken);
		assertNotStoredInClear(box.id(), CLIENT_SECRET);
		mail.customerSends("Order 4711 late", "Where is my order?", null, null);

		FetchResult fetched = fixtures.as(ws.owner(), () -> inbox.fetchNow(owner(ws), box.id()));

		assertThat(fetched).isEqualTo(new FetchResult(1, 0, 0, null));
		assertThat(tokens.requests).hasSize(1);
		assertThat(tokens.requests.getFirst()).containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", firstRefreshToken)
			.containsEntry("client_id", CLIENT_ID)
			.containsEntry("client_secret", CLIENT_SECRET)
			.containsEntry("scope", SCOPES);
		// the token GreenMail accepted is the one the authorization server issued
		assertThat(mail.mail.getUserManager().getUser(mail.support).getPassword()).isEqualTo(tokens.issued.getLast());
		// the rotated refresh token replaced the old one, encrypted
		assertThat(tokens.refreshToken).isNotEqualTo(firstRefreshToken);
		assertNotStoredInClear(box.id(), tokens.refreshToken);

		EmailReceived received = events.stream(EmailReceived.class).reduce((a, b) -> b).orElseThrow();
		fixtures.as(ws.owner(),
				() -> inbox.queueReply(owner(ws), received.conversation(), "It ships today.", List.of(), false));
		sender.sendDue();

		List<MimeMessage> atCustomer = mail.customerInbox();
		assertThat(atCustomer).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Re: Order 4711 late"));
		// the cached access token (valid for an hour) was used: no second refresh
		assertThat(tokens.requests).hasSize(1);
		assertThat(fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id())).ok()).isTrue();
		assertThat(tokens.requests).hasSize(1);
	}

	@Test
	void anAccessTokenAboutToExpireIsRefreshedBeforeUse() {
		var ws = fixtures.workspace("oauth-expiry");
		tokens.expiresIn = 30; // within the minute's margin: stale at once
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(owner(ws), settings(tokens.refreshToken)));

		ConnectionCheck first = fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id()));
		assertThat(first.ok()).as(first.toString()).isTrue();
		int afterFirst = tokens.requests.size();
		String firstAccessToken = tokens.issued.getLast();

		ConnectionCheck second = fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id()));

		assertThat(second.ok()).as(second.toString()).isTrue();
		assertThat(tokens.requests.size()).isGreaterThan(afterFirst);
		// GreenMail now accepts only the new token: the old one would have been refused
		assertThat(tokens.issued.getLast()).isNotEqualTo(firstAccessToken);
		assertThat(mail.mail.getUserManager().getUser(mail.support).getPassword()).isEqualTo(tokens.issued.getLast());
		// every refresh used the refresh token issued by the previous one
		assertThat(tokens.requests.getLast().get("refresh_token")).isEqualTo(tokens.previousRefreshToken);
	}

	@Test
	void aRevokedRefreshTokenSaysToSignInAgain() {
		var ws = fixtures.workspace("oauth-revoked");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(owner(ws), settings(tokens.refreshToken)));
		tokens.revoke();

		ConnectionCheck check = fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id()));
		FetchResult fetch = fixtures.as(ws.owner(), () -> inbox.fetchNow(owner(ws), box.id()));

		String expired = "The mailbox's sign-in has expired or was revoked: sign in again";
		assertThat(check.ok()).isFalse();
		assertThat(check.imapDetail()).isEqualTo(expired);
		assertThat(check.smtpDetail()).isEqualTo(expired);
		assertThat(fetch.error()).isEqualTo(expired);
		assertThat(fixtures.as(ws.owner(), () -> inbox.mailbox(owner(ws), box.id())).lastFetchError())
			.isEqualTo(expired);

		// a manager pastes a new refresh token obtained elsewhere: it works again
		// (after a refused access token, which is forgotten and not taken for a password)
		String fresh0 = tokens.grantNew();
		fixtures.as(ws.owner(), () -> inbox.updateMailbox(owner(ws), box.id(), settings(fresh0).with(fresh0, null)));
		assertThat(fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id())).ok()).isTrue();
		mail.mail.getUserManager().getUser(mail.support).setPassword("not-the-issued-token");
		int before = tokens.requests.size();
		ConnectionCheck refused = fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id()));
		assertThat(refused.imapDetail()).startsWith("Sign-in failed: the server refused the OAuth access token");
		// the refused token was forgotten: SMTP, right after, got and used a new one
		assertThat(tokens.requests.size()).isGreaterThan(before);
		assertThat(refused.smtpOk()).isTrue();
		assertThat(fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id())).ok()).isTrue();
		tokens.revoke();
		String fresh = tokens.grantNew();
		fixtures.as(ws.owner(), () -> inbox.updateMailbox(owner(ws), box.id(), settings(fresh).with(fresh, null)));
		assertThat(fixtures.as(ws.owner(), () -> inbox.testConnection(owner(ws), box.id())).ok()).isTrue();
	}

	@Test
	void theApiTakesOAuthSettingsNeverShowsTheSecretsAndNamesMissingFields() {
		var ws = fixtures.workspace("oauth-api");
		ApiClient api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug() + "/mailboxes";
		String common = """
				"address":"o@nordhavn.test","imapHost":"outlook.office365.com","imapSecurity":"TLS","imapPort":993,
				"smtpHost":"smtp.office365.com","authKind":"XOAUTH2\"""";

		assertProblem(api.post(base, "{" + common + """
				,"oauthTokenUri":"https://login.microsoftonline.com/common/oauth2/v2.0/token",
				"oauthClientId":"c","oauthScopes":"s"}"""), "/password");
		assertProblem(api.post(base, "{" + common + """
				,"password":"rt-secret-1","oauthClientId":"c","oauthScopes":"s"}"""), "/oauthTokenUri");
		assertProblem(api.post(base, "{" + common + """
				,"password":"rt-secret-1","oauthTokenUri":"http://login.example.com/token","oauthClientId":"c",
				"oauthScopes":"s"}"""), "/oauthTokenUri");
		assertProblem(
				api.post(base,
						"{" + common
								+ """
										,"password":"rt-secret-1","oauthTokenUri":"https://login.microsoftonline.com/common/oauth2/v2.0/token",
										"oauthScopes":"s"}"""),
				"/oauthClientId");
		assertProblem(
				api.post(base,
						"{" + common
								+ """
										,"password":"rt-secret-1","oauthTokenUri":"https://login.microsoftonline.com/common/oauth2/v2.0/token",
										"oauthClientId":"c"}"""),
				"/oauthScopes");

		var created = api.post(base, "{" + common + """
				,"password":"rt-secret-1","oauthTokenUri":"https://login.microsoftonline.com/common/oauth2/v2.0/token",
				"oauthClientId":"c","oauthClientSecret":"cs-secret-2","oauthScopes":"s offline_access"}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("rt-secret").doesNotContain("cs-secret");
		assertThat(created.json().get("oauthProvider").asString()).isEqualTo("Microsoft");
		assertThat(created.json().get("credentialStored").asBoolean()).isTrue();
		assertNotStoredInClear(new MailboxId(java.util.UUID.fromString(created.json().get("id").asString())),
				"rt-secret-1");
		assertNotStoredInClear(new MailboxId(java.util.UUID.fromString(created.json().get("id").asString())),
				"cs-secret-2");
	}

	@Test
	void theSettingsPageSaysWhoSignedIn() throws Exception {
		var ws = fixtures.workspace("oauth-page");
		String refreshToken = tokens.refreshToken;
		fixtures.as(ws.owner(), () -> inbox.addMailbox(owner(ws), settings(refreshToken)));

		String html = page(ws.owner(), "/w/" + ws.slug() + "/mailboxes");

		assertThat(html).contains("OAuth (127.0.0.1)")
			.contains("name=\"oauthClientId\"")
			.doesNotContain(CLIENT_SECRET)
			.doesNotContain(refreshToken);
	}

	/** Signs in through the login form and reads a page. */
	private String page(TestFixtures.Member member, String path) throws Exception {
		var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://localhost:" + port;
		String login = http
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
		var csrf = java.util.regex.Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + java.net.URLEncoder.encode(member.email(), StandardCharsets.UTF_8) + "&password="
				+ java.net.URLEncoder.encode(TestFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private NewMailbox settings(String refreshToken) {
		return new NewMailbox(mail.support, "Nordhavn OAuth", "127.0.0.1", mail.mail.getImap().getPort(),
				MailSecurity.NONE, "127.0.0.1", mail.mail.getSmtp().getPort(), MailSecurity.NONE, mail.support,
				refreshToken, null, 60, true, AuthKind.XOAUTH2, tokens.uri(), CLIENT_ID, CLIENT_SECRET, SCOPES);
	}

	private void assertNotStoredInClear(MailboxId id, String secret) {
		String row = jdbc.sql("select m::text from inbox.mailbox m where id = ?")
			.param(id.value())
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(secret)
			.doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
	}

	private Membership owner(TestFixtures.Ws ws) {
		return policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
	}

	private static void assertProblem(ApiClient.Response response, String pointer) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("pointer").asString()).isEqualTo(pointer);
	}

	/**
	 * A token endpoint (RFC 6749 sections 5 and 6) for one client: it exchanges the
	 * current refresh token for a new access token and a new refresh token, answers
	 * invalid_grant for any other, and makes the issued access token the mailbox user's
	 * GreenMail password.
	 */
	static final class TokenEndpoint implements AutoCloseable {

		final HttpServer server;

		final MailServer mail;

		final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

		final List<String> issued = new CopyOnWriteArrayList<>();

		final AtomicInteger counter = new AtomicInteger();

		volatile @Nullable String refreshToken = "rt-" + System.nanoTime() + "-0";

		volatile @Nullable String previousRefreshToken;

		volatile int expiresIn = 3600;

		TokenEndpoint(MailServer mail) throws IOException {
			this.mail = mail;
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/oauth2/token", exchange -> {
				String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				Map<String, String> params = new LinkedHashMap<>();
				for (String pair : form.split("&")) {
					int eq = pair.indexOf('=');
					params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
				requests.add(params);
				String body;
				int status;
				synchronized (this) {
					if (!"POST".equals(exchange.getRequestMethod())
							|| !"refresh_token".equals(params.get("grant_type"))) {
						status = 400;
						body = "{\"error\":\"unsupported_grant_type\"}";
					}
					else if (!CLIENT_ID.equals(params.get("client_id"))
							|| !CLIENT_SECRET.equals(params.get("client_secret"))) {
						status = 401;
						body = "{\"error\":\"invalid_client\"}";
					}
					else if (refreshToken == null || !refreshToken.equals(params.get("refresh_token"))) {
						status = 400;
						body = "{\"error\":\"invalid_grant\",\"error_description\":\"Token revoked\"}";
					}
					else {
						int n = counter.incrementAndGet();
						String access = "at-" + System.nanoTime() + "-" + n;
						previousRefreshToken = refreshToken;
						refreshToken = "rt-" + System.nanoTime() + "-" + n;
						issued.add(access);
						mail.mail.getUserManager().getUser(mail.support).setPassword(access);
						status = 200;
						body = "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":"
								+ expiresIn + ",\"refresh_token\":\"" + refreshToken + "\",\"scope\":\"" + SCOPES
								+ "\"}";
					}
				}
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
				exchange.getResponseHeaders().set("Cache-Control", "no-store");
				exchange.sendResponseHeaders(status, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			server.start();
		}

		String uri() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/token";
		}

		synchronized void revoke() {
			refreshToken = null;
		}

		/** The user signed in again elsewhere: a new refresh token. */
		synchronized String grantNew() {
			refreshToken = "rt-" + System.nanoTime() + "-new";
			return refreshToken;
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

}
