package dev.deskhand.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import authserver.TestAuthorizationServer;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import dev.deskhand.ApiClient;
import dev.deskhand.BrowserSupport;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.workspace.Role;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connecting a mailbox by signing in at the provider, against a real authorization server
 * (Spring Authorization Server, started once for the class by
 * {@link TestAuthorizationServer}: form login, consent, PKCE, opaque access tokens) and
 * GreenMail with XOAUTH2, whose user's password is set to every access token that server
 * issues. The browser journey shows that the refresh token Deskhand stores is the one
 * that then fetches and sends mail; the other tests take the callback apart: another
 * person's state, an expired one, a reused one, a refused code, a provider saying
 * access_denied.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailboxOAuthConsentTests {

	static final String CLIENT_ID = "deskhand-consent";

	static final String CLIENT_SECRET = "consent-secret-0815";

	static final String SCOPES = "openid https://outlook.office.com/IMAP.AccessAsUser.All "
			+ "https://outlook.office.com/SMTP.Send offline_access";

	/**
	 * The provider's users: one per test that consents, as the provider remembers
	 * consent.
	 */
	static final String PROVIDER_USER = "mailbox-admin";

	static final String PROVIDER_OTHER_USER = "mailbox-clerk";

	static final String PROVIDER_PASSWORD = "provider-password-42";

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
	JdbcClient jdbc;

	MailServer mail;

	TestAuthorizationServer.Running provider;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@BeforeAll
	void start() {
		mail = new MailServer("consent");
		provider = TestAuthorizationServer.start(new TestAuthorizationServer.Settings(
				base() + "/oauth/mailbox/callback", CLIENT_ID, CLIENT_SECRET, Set.of(SCOPES.split(" ")),
				List.of(PROVIDER_USER, PROVIDER_OTHER_USER), PROVIDER_PASSWORD, mail.support,
				(user, accessToken) -> mail.mail.getUserManager().getUser(mail.support).setPassword(accessToken)));
	}

	@AfterAll
	void stop() {
		provider.close();
		mail.close();
	}

	@Test
	void aManagerConnectsAMailboxAtTheProviderAndItsRefreshTokenFetchesAndSendsMail() throws Exception {
		var ws = fixtures.workspace("consent");
		var grants = provider.grants();
		int grantsBefore = grants.grantTypes.size();
		int refreshTokensBefore = grants.refreshTokens.size();
		AtomicReference<String> callback = new AtomicReference<>();
		try (BrowserContext session = browserSession()) {
			Page page = session.newPage();
			page.onRequest(r -> {
				if (r.url().contains("/oauth/mailbox/callback")) {
					callback.set(r.url());
				}
			});
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/mailboxes");
			assertThat(page.locator("#redirect-uri")).hasText(base() + "/oauth/mailbox/callback");

			// the presets fill in Microsoft's endpoints for the tenant, and Google's with
			// the parameters that make it issue a refresh token
			page.locator("#oauth-tenant-new").fill("nordhavn.onmicrosoft.com");
			page.locator("button[data-oauth-preset=microsoft]").first().click();
			assertThat(page.locator("#oauth-auth-uri-new"))
				.hasValue("https://login.microsoftonline.com/nordhavn.onmicrosoft.com/oauth2/v2.0/authorize");
			assertThat(page.locator("#oauth-uri-new"))
				.hasValue("https://login.microsoftonline.com/nordhavn.onmicrosoft.com/oauth2/v2.0/token");
			assertThat(page.locator("#oauth-scopes-new")).hasValue(
					"https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access");
			assertThat(page.locator("#auth-new")).hasValue("XOAUTH2");
			page.locator("button[data-oauth-preset=google]").first().click();
			assertThat(page.locator("#oauth-auth-uri-new"))
				.hasValue("https://accounts.google.com/o/oauth2/v2/auth?access_type=offline&prompt=consent");
			assertThat(page.locator("#oauth-uri-new")).hasValue("https://oauth2.googleapis.com/token");
			assertThat(page.locator("#oauth-scopes-new")).hasValue("https://mail.google.com/");

			// this test's provider instead, and the local mail server; no refresh token
			page.locator("#address-new").fill(mail.support);
			page.locator("#name-new").fill("Nordhavn Support");
			page.locator("#user-new").fill(mail.support);
			page.locator("#oauth-auth-uri-new").fill(provider.authorizationUri());
			page.locator("#oauth-uri-new").fill(provider.tokenUri());
			page.locator("#oauth-client-new").fill(CLIENT_ID);
			page.locator("#oauth-client-secret-new").fill(CLIENT_SECRET);
			page.locator("#oauth-scopes-new").fill(SCOPES);
			page.locator("#imap-host-new").fill("127.0.0.1");
			page.locator("#imap-port-new").fill(String.valueOf(mail.mail.getImap().getPort()));
			page.locator("#imap-sec-new").selectOption("NONE");
			page.locator("#smtp-host-new").fill("127.0.0.1");
			page.locator("#smtp-port-new").fill(String.valueOf(mail.mail.getSmtp().getPort()));
			page.locator("#smtp-sec-new").selectOption("NONE");
			page.locator("#address-new").locator("xpath=ancestor::form").locator("button[type=submit]").click();
			assertThat(page.locator(".alert.ok")).containsText("Mailbox added");
			MailboxView box = mailbox(ws, mail.support);
			assertThat(box.credentialStored()).isFalse();
			var card = page.locator("#mailbox-" + box.id());
			assertThat(card.locator(".oauth-status")).containsText("Not connected yet");
			BrowserSupport.screenshot(page, "mailbox-oauth-not-connected");

			card.locator("a.oauth-connect").click();
			assertThat(page).hasURL(provider.issuer() + "/login");
			page.locator("#username").fill(PROVIDER_USER);
			page.locator("#password").fill(PROVIDER_PASSWORD);
			page.locator("button[type=submit]").click();
			assertThat(page.locator("#submit-consent")).isVisible();
			BrowserSupport.screenshot(page, "mailbox-oauth-provider-consent");
			for (var scope : page.locator("input[name=scope]:not([disabled])").all()) {
				scope.check();
			}
			page.locator("#submit-consent").click();

			assertThat(page).hasURL(Pattern.compile("/w/" + ws.slug() + "/mailboxes"));
			assertThat(card.locator(".alert.ok")).containsText("Connected as " + mail.support);
			BrowserSupport.assertNoMissingMessages(page);
			assertThat(card.locator(".oauth-status")).containsText("Connected as " + mail.support + " (localhost)");
			assertThat(card.locator("a.oauth-connect")).hasText("Sign in with localhost again");
			BrowserSupport.screenshot(page, "mailbox-oauth-connected");
			assertThat(callback.get()).contains("code=").contains("state=");

			// stored: sealed, who and when; the change is in the audit log as the owner's
			MailboxView connected = mailbox(ws, mail.support);
			assertThat(connected.credentialStored()).isTrue();
			assertThat(connected.oauthAccount()).isEqualTo(mail.support);
			assertThat(connected.oauthConnectedAt()).isNotNull();
			assertThat(since(grants.grantTypes, grantsBefore)).containsExactly("authorization_code");
			assertThat(since(grants.refreshTokens, refreshTokensBefore)).hasSize(1);
			assertNotStoredInClear(box.id(), grants.refreshTokens.getLast());
			assertNotStoredInClear(box.id(), CLIENT_SECRET);
			var audit = jdbc
				.sql("select actor_id, summary from audit.entry where workspace_id = ? and summary like 'Connected%'")
				.param(ws.view().id().value())
				.query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
				.list();
			assertThat(audit).singleElement().satisfies(e -> {
				assertThat(e.getKey()).isEqualTo(ws.owner().person().id().value());
				assertThat(e.getValue()).isEqualTo("Connected mailbox " + mail.support
						+ " by signing in with localhost as " + mail.support + " (new refresh token)");
			});

			// the stored refresh token works: fetching exchanges it for an access token,
			// which GreenMail's XOAUTH2 accepts (it is the one the provider issued last)
			mail.customerSends("Order 4711 late", "Where is my order?", null, null);
			FetchResult fetched = fixtures.as(ws.owner(), () -> inbox.fetchNow(manage(ws), box.id()));
			assertThat(fetched).isEqualTo(new FetchResult(1, 0, 0, null));
			assertThat(since(grants.grantTypes, grantsBefore)).containsExactly("authorization_code", "refresh_token");
			assertThat(mail.mail.getUserManager().getUser(mail.support).getPassword())
				.isEqualTo(grants.accessTokens.getLast());
			// the rotated refresh token replaced the first one, sealed too
			assertThat(since(grants.refreshTokens, refreshTokensBefore)).hasSize(2);
			assertNotStoredInClear(box.id(), grants.refreshTokens.getLast());
			UUID conversation = jdbc.sql("select id from inbox.conversation where mailbox_id = ?")
				.param(box.id().value())
				.query(UUID.class)
				.single();
			fixtures.as(ws.owner(), () -> inbox.queueReply(manage(ws), new ConversationId(conversation),
					"It ships today.", List.of(), false));
			sender.sendDue();
			assertThat(mail.customerInbox()).singleElement()
				.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Re: Order 4711 late"));

			// the provider's redirect once more: the state is used up, nothing changes
			byte[] stored = credential(box.id());
			Response again = page.navigate(callback.get());
			assertThat(again.status()).isEqualTo(400);
			assertThat(page.locator("#oauth-reason")).containsText("already been used");
			BrowserSupport.assertNoMissingMessages(page);
			BrowserSupport.screenshot(page, "mailbox-oauth-state-used");
			assertThat(page.locator("main a")).hasAttribute("href", "/w/" + ws.slug() + "/mailboxes");
			assertThat(credential(box.id())).isEqualTo(stored);
			assertThat(since(grants.grantTypes, grantsBefore)).containsExactly("authorization_code", "refresh_token");
		}
	}

	@Test
	void cancellingAtTheProviderSaysAccessWasDeniedAndStoresNothing() {
		var ws = fixtures.workspace("consent-cancel");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(manage(ws), settings("cancel")));
		int grants = provider.grants().grantTypes.size();
		try (BrowserContext session = browserSession()) {
			Page page = session.newPage();
			BrowserSupport.signIn(page, ws.owner().email(), TestFixtures.PASSWORD);
			BrowserSupport.visit(page, "/w/" + ws.slug() + "/mailboxes");
			page.locator("#mailbox-" + box.id() + " a.oauth-connect").click();
			page.locator("#username").fill(PROVIDER_OTHER_USER);
			page.locator("#password").fill(PROVIDER_PASSWORD);
			page.locator("button[type=submit]").click();
			page.locator("#cancel-consent").click();

			assertThat(page).hasURL(Pattern.compile("/w/" + ws.slug() + "/mailboxes"));
			var card = page.locator("#mailbox-" + box.id());
			assertThat(card.locator(".alert.error")).containsText("localhost did not grant access (access_denied");
			assertThat(card.locator(".alert.error")).containsText("Nothing was changed");
			assertThat(card.locator(".oauth-status")).containsText("Not connected yet");
			BrowserSupport.screenshot(page, "mailbox-oauth-access-denied");
		}
		assertThat(mailbox(ws, box.address()).credentialStored()).isFalse();
		assertThat(provider.grants().grantTypes).hasSize(grants);
		assertThat(connectedEntries(ws)).isZero();
	}

	@Test
	void theAuthorizationRequestCarriesPkceAndAStateBoundToThePersonAndKeepsTheEndpointsParameters() throws Exception {
		var ws = fixtures.workspace("consent-request");
		var google = settings("google");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(manage(ws),
				new NewMailbox(google.address(), "Google", google.imapHost(), google.imapPort(), google.imapSecurity(),
						google.smtpHost(), google.smtpPort(), google.smtpSecurity(), google.username(), null, null, 60,
						true, AuthKind.XOAUTH2, provider.tokenUri(), CLIENT_ID, CLIENT_SECRET, SCOPES,
						provider.authorizationUri() + "?access_type=offline&prompt=consent")));

		HttpResponse<String> start = new Session(ws.owner()).get(connect(ws, box));

		assertThat(start.statusCode()).isEqualTo(302);
		String location = start.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(provider.authorizationUri() + "?access_type=offline&prompt=consent&");
		Map<String, String> query = query(location);
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("client_id", CLIENT_ID)
			.containsEntry("redirect_uri", base() + "/oauth/mailbox/callback")
			.containsEntry("scope", SCOPES)
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("access_type", "offline");
		assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
		assertThat(query.get("state")).matches("[A-Za-z0-9_-]{43}");
		// only the state's hash is kept, bound to the person, workspace and mailbox, for
		// ten minutes
		var row = jdbc.sql("""
				select person_id, workspace_id, state_hash, extract(epoch from expires_at - created_at) as seconds
				from inbox.oauth_sign_in where mailbox_id = ?""")
			.param(box.id().value())
			.query((rs, i) -> List.of(rs.getObject(1), rs.getObject(2), HexFormat.of().formatHex(rs.getBytes(3)),
					rs.getBigDecimal(4).intValue()))
			.single();
		assertThat(row).containsExactly(ws.owner().person().id().value(), ws.view().id().value(), HexFormat.of()
			.formatHex(
					MessageDigest.getInstance("SHA-256").digest(query.get("state").getBytes(StandardCharsets.UTF_8))),
				600);
		// a second start is a new state
		assertThat(query(new Session(ws.owner()).get(connect(ws, box)).headers().firstValue("Location").orElseThrow())
			.get("state")).isNotEqualTo(query.get("state"));
		assertThat(Base64.getUrlDecoder().decode(query.get("code_challenge"))).hasSize(32);
	}

	@Test
	void anotherPersonsStateIsRefusedAndUsedUp() throws Exception {
		var ws = fixtures.workspace("consent-other");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(manage(ws), settings("other")));
		String state = state(new Session(ws.owner()).get(connect(ws, box)));
		int grants = provider.grants().grantTypes.size();

		HttpResponse<String> byManager = new Session(manager).get(callbackWith("code=stolen&state=" + state));

		assertThat(byManager.statusCode()).isEqualTo(400);
		assertThat(byManager.body()).contains("This sign-in was started by someone else")
			.contains("Nothing was stored")
			.doesNotContain("/w/" + ws.slug() + "/mailboxes\"");
		HttpResponse<String> byOwner = new Session(ws.owner()).get(callbackWith("code=stolen&state=" + state));
		assertThat(byOwner.statusCode()).isEqualTo(400);
		assertThat(byOwner.body()).contains("This sign-in has already been used");
		assertThat(mailbox(ws, box.address()).credentialStored()).isFalse();
		assertThat(provider.grants().grantTypes).hasSize(grants);
		assertThat(connectedEntries(ws)).isZero();
	}

	@Test
	void anExpiredStateIsRefused() throws Exception {
		var ws = fixtures.workspace("consent-expired");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(manage(ws), settings("expired")));
		Session owner = new Session(ws.owner());
		String state = state(owner.get(connect(ws, box)));
		jdbc.sql("update inbox.oauth_sign_in set expires_at = now() - interval '1 second' where mailbox_id = ?")
			.param(box.id().value())
			.update();
		int grants = provider.grants().grantTypes.size();

		HttpResponse<String> late = owner.get(callbackWith("code=late&state=" + state));

		assertThat(late.statusCode()).isEqualTo(400);
		assertThat(late.body()).contains("This sign-in took too long and has expired")
			.contains("href=\"/w/" + ws.slug() + "/mailboxes\"");
		assertThat(mailbox(ws, box.address()).credentialStored()).isFalse();
		assertThat(provider.grants().grantTypes).hasSize(grants);
	}

	@Test
	void aCodeTheProviderRefusesIsReportedAndItsStateCannotBeUsedAgain() throws Exception {
		var ws = fixtures.workspace("consent-forged");
		MailboxView box = fixtures.as(ws.owner(), () -> inbox.addMailbox(manage(ws), settings("forged")));
		Session owner = new Session(ws.owner());
		String state = state(owner.get(connect(ws, box)));
		int grants = provider.grants().grantTypes.size();

		HttpResponse<String> forged = owner.get(callbackWith("code=forged-code&state=" + state));

		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(forged.headers().firstValue("Location").orElseThrow())
			.endsWith("/w/" + ws.slug() + "/mailboxes#mailbox-" + box.id());
		String page = owner.get("/w/" + ws.slug() + "/mailboxes").body();
		assertThat(page).contains("localhost did not issue a token (400, invalid_grant)").doesNotContain("forged-code");
		assertThat(provider.grants().grantTypes).hasSize(grants + 1).last().isEqualTo("authorization_code");

		HttpResponse<String> replayed = owner.get(callbackWith("code=forged-code&state=" + state));
		assertThat(replayed.statusCode()).isEqualTo(400);
		assertThat(replayed.body()).contains("This sign-in has already been used");
		assertThat(provider.grants().grantTypes).hasSize(grants + 1);
		assertThat(mailbox(ws, box.address()).credentialStored()).isFalse();
	}

	@Test
	void anOAuthMailboxNeedsNoRefreshTokenWithAnAuthorizationEndpointButItsParametersAreDeskhands() {
		var ws = fixtures.workspace("consent-api");
		ApiClient api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug() + "/mailboxes";
		String common = """
				"address":"g@nordhavn.test","imapHost":"imap.gmail.com","imapSecurity":"TLS","imapPort":993,
				"smtpHost":"smtp.gmail.com","smtpSecurity":"TLS","smtpPort":465,"authKind":"XOAUTH2",
				"oauthTokenUri":"https://oauth2.googleapis.com/token","oauthClientId":"c","oauthScopes":"https://mail.google.com/",
				"oauthAuthorizationUri":""";

		var stateless = api.post(base, "{" + common + "\"https://accounts.google.com/o/oauth2/v2/auth?state=x\"}");
		assertThat(stateless.status()).as(stateless.body()).isEqualTo(400);
		assertThat(stateless.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/oauthAuthorizationUri");
		var plain = api.post(base, "{" + common + "\"http://accounts.google.com/o/oauth2/v2/auth\"}");
		assertThat(plain.status()).as(plain.body()).isEqualTo(400);

		var created = api.post(base,
				"{" + common + "\"https://accounts.google.com/o/oauth2/v2/auth?access_type=offline&prompt=consent\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("credentialStored").asBoolean()).isFalse();
		assertThat(created.json().get("oauthProvider").asString()).isEqualTo("Google");
		assertThat(created.json().get("oauthAuthorizationUri").asString())
			.isEqualTo("https://accounts.google.com/o/oauth2/v2/auth?access_type=offline&prompt=consent");

		// until someone signs in, a connection test says so instead of failing obscurely
		var id = new MailboxId(UUID.fromString(created.json().get("id").asString()));
		ConnectionCheck check = fixtures.as(ws.owner(), () -> inbox.testConnection(manage(ws), id));
		assertThat(check.imapDetail()).startsWith("The mailbox is not connected yet");
	}

	private BrowserContext browserSession() {
		BrowserContext session = browser.session(base(), false);
		// the provider's consent page links a stylesheet on a CDN; this machine may have
		// no internet
		session.route(Pattern.compile("^https://.*"), Route::abort);
		return session;
	}

	/** Deskhand as the browser sees it: 127.0.0.1, the provider being localhost. */
	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private NewMailbox settings(String prefix) {
		return new NewMailbox(prefix + "-" + System.nanoTime() + "@nordhavn.test", "OAuth " + prefix, "127.0.0.1",
				mail.mail.getImap().getPort(), MailSecurity.NONE, "127.0.0.1", mail.mail.getSmtp().getPort(),
				MailSecurity.NONE, mail.support, null, null, 60, true, AuthKind.XOAUTH2, provider.tokenUri(), CLIENT_ID,
				CLIENT_SECRET, SCOPES, provider.authorizationUri());
	}

	private Membership manage(TestFixtures.Ws ws) {
		return policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
	}

	private MailboxView mailbox(TestFixtures.Ws ws, String address) {
		return fixtures.as(ws.owner(), () -> inbox.mailboxes(manage(ws)))
			.stream()
			.filter(b -> b.address().equals(address))
			.findFirst()
			.orElseThrow();
	}

	private long connectedEntries(TestFixtures.Ws ws) {
		return jdbc.sql("select count(*) from audit.entry where workspace_id = ? and summary like 'Connected%'")
			.param(ws.view().id().value())
			.query(Long.class)
			.single();
	}

	private byte[] credential(MailboxId id) {
		return jdbc.sql("select credential from inbox.mailbox where id = ?")
			.param(id.value())
			.query(byte[].class)
			.single();
	}

	private void assertNotStoredInClear(MailboxId id, String secret) {
		String row = jdbc.sql("select m::text from inbox.mailbox m where id = ?")
			.param(id.value())
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(secret)
			.doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
	}

	/** What was added to a log shared by the class's tests since {@code size}. */
	private static List<String> since(List<String> log, int size) {
		return List.copyOf(log.subList(size, log.size()));
	}

	private static String connect(TestFixtures.Ws ws, MailboxView box) {
		return "/w/" + ws.slug() + "/mailboxes/" + box.id() + "/oauth/connect";
	}

	private static String callbackWith(String query) {
		return "/oauth/mailbox/callback?" + query;
	}

	private static String state(HttpResponse<String> start) {
		assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
		return query(start.headers().firstValue("Location").orElseThrow()).get("state");
	}

	private static Map<String, String> query(String url) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : URI.create(url).getRawQuery().split("&")) {
			String[] kv = pair.split("=", 2);
			params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
					URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
		}
		return params;
	}

	/** A person signed in through the login form; redirects are not followed. */
	private final class Session {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		Session(TestFixtures.Member member) throws Exception {
			String login = get("/login").body();
			var csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
			assertThat(csrf.find()).isTrue();
			String form = "username=" + URLEncoder.encode(member.email(), StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(TestFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
			var signedIn = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		}

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

	}

}
