package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.workspace.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox API by real HTTP: clear problem+json for bad input, mailbox scopes, no
 * credential in answers or in the database, and the audit entries for changes and reads.
 */
@IntegrationTest
class InboxApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void badMailboxSettingsAnswerProblemJsonWithThePointer() {
		var ws = fixtures.workspace("inbox-api");
		ApiClient api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String base = "/api/v1/workspaces/" + ws.slug() + "/mailboxes";

		assertProblem(api.post(base,
				"""
						{"address":"not an address","password":"x","imapHost":"imap.example.com","smtpHost":"smtp.example.com"}"""),
				"/address");
		assertProblem(api.post(base, """
				{"address":"a@b.dk","password":"x","imapHost":"bad host!","smtpHost":"smtp.example.com"}"""),
				"/imapHost");
		assertProblem(api.post(base,
				"""
						{"address":"a@b.dk","password":"x","imapHost":"imap.example.com","imapPort":70000,"smtpHost":"s.example.com"}"""),
				"/imapPort");
		assertProblem(api.post(base,
				"""
						{"address":"a@b.dk","password":"x","imapHost":"imap.example.com","imapSecurity":"NONE","smtpHost":"s.example.com"}"""),
				"/imapSecurity");
		assertProblem(api.post(base, """
				{"address":"a@b.dk","imapHost":"imap.example.com","smtpHost":"smtp.example.com"}"""), "/password");
		assertProblem(api.post(base,
				"""
						{"address":"a@b.dk","password":"x","imapHost":"i.example.com","smtpHost":"s.example.com","trustedCertificate":"nope"}"""),
				"/trustedCertificate");
		// a cloud's metadata service stays out of reach even where the operator allows
		// private hosts (as these tests do)
		assertProblem(api.post(base, """
				{"address":"a@b.dk","password":"x","imapHost":"169.254.169.254","smtpHost":"s.example.com"}"""),
				"/imapHost");
		assertProblem(api.post(base,
				"""
						{"address":"a@b.dk","password":"x","imapHost":"i.example.com","smtpHost":"s.example.com","authKind":"XOAUTH2",
						"oauthTokenUri":"http://[fd00:ec2::254]/token","oauthClientId":"c","oauthScopes":"s"}"""),
				"/oauthTokenUri");
		assertThat(api.post(base, "{\"address\": 5, \"nonsense\": true}").status()).isEqualTo(400);
	}

	@Test
	void theCredentialIsNeverShownAndStoredOnlyEncrypted() {
		var ws = fixtures.workspace("inbox-secret");
		ApiClient api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		var created = api.post("/api/v1/workspaces/" + ws.slug() + "/mailboxes", """
				{"address":"Support@Nordhavn.test","password":"very-secret-app-password","imapHost":"imap.example.com",
				 "imapSecurity":"TLS","imapPort":993,"smtpHost":"smtp.example.com"}""");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("very-secret-app-password").contains("\"credentialStored\":true");
		assertThat(created.json().get("address").asString()).isEqualTo("support@nordhavn.test");
		String id = created.json().get("id").asString();
		assertThat(api.get("/api/v1/workspaces/" + ws.slug() + "/mailboxes/" + id).body())
			.doesNotContain("very-secret");
		byte[] stored = jdbc.sql("select credential from inbox.mailbox where id = ?::uuid")
			.param(id)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("very-secret");
		assertThat(auditCount(ws, "mailbox", "CREATE")).isEqualTo(1);
		assertThat(auditCount(ws, "mailbox-settings", "READ")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit.entry where workspace_id = ? and summary like '%very-secret%'")
			.param(ws.view().id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void scopedMembersSeeOnlyTheirMailboxesConversations() {
		var ws = fixtures.workspace("inbox-scope");
		var manager = policy(ws);
		var lego = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(manager.get(), data.unreachableMailbox("lego@nordhavn.test")));
		var other = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(manager.get(), data.unreachableMailbox("other@nordhavn.test")));
		var legoConversation = data.receive(lego.id(), "kunde@lego.test", "Palle");
		var otherConversation = data.receive(other.id(), "kunde@other.test", "Kasse");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null, new ScopeRef("mailbox", "lego@nordhavn.test"));
		ApiClient api = new ApiClient(port, fixtures.token(ws, assistant.member()));
		String base = "/api/v1/workspaces/" + ws.slug();

		var visible = api.get(base + "/conversations/" + legoConversation);
		assertThat(visible.status()).isEqualTo(200);
		assertThat(visible.json().get("messages").get(0).get("body").asString()).isEqualTo("Please tell me.");
		assertThat(api.get(base + "/conversations/" + otherConversation).status()).isEqualTo(404);
		assertThat(api.post(base + "/conversations/" + otherConversation + "/replies", "{\"body\":\"hi\"}").status())
			.isEqualTo(404);
		assertThat(auditCount(ws, "conversation", "READ")).isEqualTo(1);
	}

	@Test
	void onlyThoseWhoManageMailboxesReadTheirConnectionSettings() {
		var ws = fixtures.workspace("inbox-settings");
		var manager = policy(ws);
		var lego = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(manager.get(), data.unreachableMailbox("lego@nordhavn.test")));
		fixtures.as(ws.owner(), () -> inbox.addMailbox(manager.get(), data.unreachableMailbox("other@nordhavn.test")));
		String base = "/api/v1/workspaces/" + ws.slug() + "/mailboxes";
		var scope = new ScopeRef("mailbox", "lego@nordhavn.test");
		for (var reader : java.util.List.of(fixtures.member(ws, Role.EMPLOYEE, null).member(),
				fixtures.member(ws, Role.ASSISTANT, null, scope).member(), fixtures.agent(ws, "Reader"))) {
			ApiClient api = new ApiClient(port, fixtures.token(ws, reader));
			assertThat(api.get(base).status()).as(reader.displayName()).isEqualTo(403);
			var one = api.get(base + "/" + lego.id());
			assertThat(one.status()).as(reader.displayName()).isEqualTo(403);
			assertThat(one.body()).doesNotContain("127.0.0.1").doesNotContain("imapHost");
		}
		var scopedManager = fixtures.member(ws, Role.MANAGER, null, scope);
		var managerApi = new ApiClient(port, fixtures.token(ws, scopedManager.member()));
		assertThat(managerApi.get(base).json().findValuesAsString("address")).containsExactly("lego@nordhavn.test");
		assertThat(managerApi.get(base + "/" + lego.id()).status()).isEqualTo(200);
	}

	@Test
	void repliesCheckTheirBodyAndShowInTheOutbox() {
		var ws = fixtures.workspace("inbox-reply");
		var box = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(policy(ws).get(), data.unreachableMailbox("s@nordhavn.test")));
		var conversation = data.receive(box.id(), "kunde@lego.test", "Re: Palle");
		ApiClient api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		String replies = "/api/v1/workspaces/" + ws.slug() + "/conversations/" + conversation + "/replies";

		assertProblem(api.post(replies, "{\"body\":\"  \"}"), "/body");
		assertProblem(api.post(replies, "{\"body\":\"" + "x".repeat(100_001) + "\"}"), "/body");
		assertProblem(
				api.post(replies, "{\"body\":\"see file\",\"attachments\":[\"" + java.util.UUID.randomUUID() + "\"]}"),
				"/attachments");
		assertThat(api.post(replies, "{\"body\":\"We are on it\"}").status()).isEqualTo(201);

		var outgoing = api.get("/api/v1/workspaces/" + ws.slug() + "/conversations/" + conversation + "/outgoing")
			.json()
			.get(0);
		assertThat(outgoing.get("status").asString()).isEqualTo("QUEUED");
		assertThat(outgoing.get("subject").asString()).isEqualTo("Re: Palle");
		assertThat(outgoing.get("to").get(0).asString()).isEqualTo("kunde@lego.test");
		assertThat(auditCount(ws, "outgoing-email", "CREATE")).isEqualTo(1);
	}

	@Test
	void theSettingsPageSpeaksDanishGermanAndEnglish() throws Exception {
		var ws = fixtures.workspace("inbox-page");
		fixtures.as(ws.owner(), () -> inbox.addMailbox(policy(ws).get(), data.unreachableMailbox("s@nordhavn.test")));
		for (var language : java.util.Map.of("da", "Postkasser", "de", "Postfächer", "en", "Mailboxes").entrySet()) {
			var person = workspaces.registerPerson("page-" + language.getKey() + System.nanoTime() + "@example.test",
					"Page Tester", TestFixtures.PASSWORD, language.getKey(), "Europe/Berlin");
			var manager = fixtures.join(ws, person, Role.MANAGER, null, true);
			String html = page(manager, "/w/" + ws.slug() + "/mailboxes");
			assertThat(html).contains("<h1>" + language.getValue() + "</h1>")
				.contains("s@nordhavn.test")
				// the stored password is "secret"; the OAuth fields' labels say "client
				// secret"
				.doesNotContainPattern("(?i)(?<!client[ -]?)secret");
		}
	}

	@Autowired
	dev.deskhand.workspace.WorkspaceManagement workspaces;

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
		String form = "username=" + java.net.URLEncoder.encode(member.email(), java.nio.charset.StandardCharsets.UTF_8)
				+ "&password="
				+ java.net.URLEncoder.encode(TestFixtures.PASSWORD, java.nio.charset.StandardCharsets.UTF_8) + "&_csrf="
				+ csrf.group(1);
		http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form))
			.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private java.util.function.Supplier<dev.deskhand.access.Membership> policy(TestFixtures.Ws ws) {
		return () -> policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
	}

	private long auditCount(TestFixtures.Ws ws, String subjectType, String action) {
		return jdbc.sql("select count(*) from audit.entry where workspace_id = ? and subject_type = ? and action = ?")
			.params(ws.view().id().value(), subjectType, action)
			.query(Long.class)
			.single();
	}

	private static void assertProblem(ApiClient.Response response, String pointer) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("pointer").asString()).isEqualTo(pointer);
	}

}
