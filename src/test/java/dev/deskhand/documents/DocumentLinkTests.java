package dev.deskhand.documents;

import dev.deskhand.audit.AuditEntryView;
import dev.deskhand.audit.AuditFilter;
import dev.deskhand.audit.AuditLog;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The documents API and the signed download route over real HTTP. */
@IntegrationTest
class DocumentLinkTests {

	static final byte[] PNG = DocumentContentSniffingTests.bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0,
			13, 'I', 'H', 'D', 'R', 0, 0, 0, 1);

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	AccessManagement access;

	@Autowired
	LinkSigner signer;

	@Autowired
	AuditLog auditLog;

	RestClient http;

	Ws ws;

	String ownerToken;

	@BeforeEach
	void setUp() {
		http = RestClient.builder().baseUrl("http://localhost:" + port).build();
		ws = fixtures.workspace("links");
		ownerToken = fixtures.token(ws, ws.owner().member());
	}

	@Test
	void downloadsTheExactBytesAsAnAttachmentBrowsersMayNotSniffOrCache() {
		JsonNode doc = upload(ownerToken, "Lieferschein Ø 4711.png", PNG, null).json();
		Reply link = call(HttpMethod.POST, docPath(doc) + "/links", ownerToken, null);
		assertThat(link.status()).isEqualTo(201);

		Reply file = call(HttpMethod.GET, link.json().get("url").asString(), null, null);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(PNG);
		assertThat(file.headers().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
		assertThat(file.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(file.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.contains("filename*=UTF-8''Lieferschein%20%C3%98%204711.png");
		assertThat(file.headers().get(HttpHeaders.CACHE_CONTROL)).singleElement().asString().contains("no-store");
	}

	@Test
	void recordsEveryDownloadAsASensitiveReadByTheMemberTheLinkWasIssuedTo() {
		Member employee = fixtures.member(ws, Role.EMPLOYEE, null);
		String token = fixtures.token(ws, employee.member());
		JsonNode doc = upload(token, "pod.png", PNG, null).json();
		String url = call(HttpMethod.POST, docPath(doc) + "/links", token, null).json().get("url").asString();

		call(HttpMethod.GET, url, null, null);
		call(HttpMethod.GET, url, null, null);

		assertThat(auditedDownloads(doc)).hasSize(2)
			.allSatisfy(purpose -> assertThat(purpose).startsWith("download via link issued to ")
				.contains(employee.member().id().toString()));
	}

	@Test
	void refusesAnExpiredLinkAsGone() {
		JsonNode doc = upload(ownerToken, "pod.png", PNG, null).json();
		long past = Instant.now().minusSeconds(60).getEpochSecond();
		MemberId owner = ws.owner().member().id();
		String sig = signer.sign(id(doc), ws.view().id(), past, owner);

		Reply reply = call(HttpMethod.GET, link(doc, past, owner.toString(), sig), null, null);
		assertThat(reply.status()).isEqualTo(410);
		assertThat(reply.text()).contains("expired");
		assertThat(auditedDownloads(doc)).isEmpty();
	}

	@Test
	void refusesALinkWithAnyPartChanged() {
		JsonNode doc = upload(ownerToken, "pod.png", PNG, null).json();
		DocumentLink good = issue(doc);
		long expires = good.expiresAt().getEpochSecond();
		String member = good.member().toString();
		String sig = good.signature();
		String otherMember = fixtures.member(ws, Role.MANAGER, null).member().id().toString();
		String flipped = (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);

		assertThat(call(HttpMethod.GET, link(doc, expires, member, flipped), null, null).status()).isEqualTo(403);
		assertThat(call(HttpMethod.GET, link(doc, expires + 3600, member, sig), null, null).status()).isEqualTo(403);
		assertThat(call(HttpMethod.GET, link(doc, expires, otherMember, sig), null, null).status()).isEqualTo(403);
		assertThat(
				call(HttpMethod.GET, "/files/" + id(doc) + "?expires=" + expires + "&m=" + member, null, null).status())
			.isEqualTo(403);
		assertThat(call(HttpMethod.GET, "/files/not-a-uuid?expires=1&m=x&sig=y", null, null).status()).isEqualTo(403);
		Reply refused = call(HttpMethod.GET, link(doc, expires, member, flipped), null, null);
		assertThat(refused.text()).contains("not valid");
		assertThat(DocumentStoreTests.indexOf(refused.body(), PNG)).isEqualTo(-1);
		assertThat(call(HttpMethod.GET, good.url(), null, null).status()).isEqualTo(200);
	}

	@Test
	void aLinkStopsWorkingWhenTheDocumentIsDeletedOrTheMemberLosesAccess() {
		Member employee = fixtures.member(ws, Role.EMPLOYEE, null);
		String token = fixtures.token(ws, employee.member());
		JsonNode kept = upload(token, "kept.png", PNG, null).json();
		JsonNode removed = upload(ownerToken, "removed.txt", "old rates".getBytes(StandardCharsets.UTF_8), null).json();
		String keptUrl = call(HttpMethod.POST, docPath(kept) + "/links", token, null).json().get("url").asString();
		String removedUrl = call(HttpMethod.POST, docPath(removed) + "/links", ownerToken, null).json()
			.get("url")
			.asString();

		assertThat(call(HttpMethod.DELETE, docPath(removed), token, null).status()).isEqualTo(403);
		assertThat(call(HttpMethod.DELETE, docPath(removed), ownerToken, null).status()).isEqualTo(204);
		assertThat(call(HttpMethod.GET, removedUrl, null, null).status()).isEqualTo(404);
		assertThat(call(HttpMethod.GET, docPath(removed), ownerToken, null).status()).isEqualTo(404);

		assertThat(call(HttpMethod.GET, keptUrl, null, null).status()).isEqualTo(200);
		fixtures.as(ws.owner(), () -> access.revoke(policy.require(ws.slug(), Permission.MEMBERS_MANAGE),
				fixtures.grantOf(employee).id()));
		Reply afterRevoke = call(HttpMethod.GET, keptUrl, null, null);
		assertThat(afterRevoke.status()).isEqualTo(403);
		assertThat(afterRevoke.text()).contains("no longer has access");
	}

	@Test
	void aMemberOfAnotherWorkspaceCannotFetchTheMetadataById() {
		JsonNode doc = upload(ownerToken, "pod.png", PNG, null).json();
		Ws other = fixtures.workspace("links-other");
		Member outsider = fixtures.member(other, Role.EMPLOYEE, null);
		String token = fixtures.token(other, outsider.member());

		assertThat(call(HttpMethod.GET, docPath(doc), token, null).status()).isEqualTo(404);
		String inOwnWorkspace = "/api/v1/workspaces/" + other.slug() + "/documents/" + doc.get("id").asString();
		assertThat(call(HttpMethod.GET, inOwnWorkspace, token, null).status()).isEqualTo(404);
		assertThat(call(HttpMethod.POST, inOwnWorkspace + "/links", token, null).status()).isEqualTo(404);
		assertThat(call(HttpMethod.GET, docPath(doc), ownerToken, null).json().get("name").asString())
			.isEqualTo("pod.png");
	}

	@Test
	void uploadsAreCheckedAndListedWithScopes() {
		Reply html = upload(ownerToken, "invoice.pdf", "<!DOCTYPE html><p>pay here".getBytes(StandardCharsets.UTF_8),
				null);
		assertThat(html.status()).isEqualTo(400);
		assertThat(html.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/file");
		assertThat(html.json().get("detail").asString()).isEqualTo(ContentSniffer.HTML_REFUSED);
		assertThat(upload(ownerToken, "x.png", PNG, "nonsense").json().get("errors").get(0).get("pointer").asString())
			.isEqualTo("/scope");

		Reply created = upload(ownerToken, "acme.png", PNG, "customer:ACME");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.headers().getLocation()).hasPath(docPath(created.json()));
		assertThat(created.json().get("scope").asString()).isEqualTo("customer:ACME");
		assertThat(upload(ownerToken, "acme.png", PNG, "customer:ACME").json().get("id"))
			.isEqualTo(created.json().get("id"));
		JsonNode page = call(HttpMethod.GET, "/api/v1/workspaces/" + ws.slug() + "/documents?size=10", ownerToken, null)
			.json();
		assertThat(page.get("total").asInt()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("contentType").asString()).isEqualTo("image/png");
	}

	@Test
	void linksLiveFifteenMinutesByDefaultAndAtMostSevenDays() {
		JsonNode doc = upload(ownerToken, "pod.png", PNG, null).json();
		Instant expires = Instant
			.parse(call(HttpMethod.POST, docPath(doc) + "/links", ownerToken, null).json().get("expiresAt").asString());
		assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
		Reply tooLong = call(HttpMethod.POST, docPath(doc) + "/links", ownerToken, "{\"ttlMinutes\": 10081}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/ttlMinutes");
		assertThat(call(HttpMethod.POST, docPath(doc) + "/links", ownerToken, "{\"ttlMinutes\": 10080}").status())
			.isEqualTo(201);
	}

	/**
	 * The downloads of {@code doc} in the audit log: the one place to change when the
	 * audit module arrives.
	 */
	private List<String> auditedDownloads(JsonNode doc) {
		return auditLog
			.entries(ws.view().id(), new AuditFilter("document", AuditableChange.Action.READ, null, null, null),
					PageRequest.of(0, 200))
			.items()
			.stream()
			.filter(e -> e.subjectId().equals(doc.get("id").asString()))
			.map(AuditEntryView::summary)
			.toList();
	}

	private DocumentLink issue(JsonNode doc) {
		JsonNode link = call(HttpMethod.POST, docPath(doc) + "/links", ownerToken, null).json();
		String url = link.get("url").asString();
		String query = url.substring(url.indexOf('?') + 1);
		String sig = query.substring(query.indexOf("sig=") + 4);
		return new DocumentLink(id(doc), ws.owner().member().id(), Instant.parse(link.get("expiresAt").asString()),
				sig);
	}

	private String docPath(JsonNode doc) {
		return "/api/v1/workspaces/" + ws.slug() + "/documents/" + doc.get("id").asString();
	}

	private static DocumentId id(JsonNode doc) {
		return new DocumentId(UUID.fromString(doc.get("id").asString()));
	}

	private static String link(JsonNode doc, long expires, String member, String sig) {
		return "/files/" + doc.get("id").asString() + "?expires=" + expires + "&m=" + member + "&sig=" + sig;
	}

	private Reply upload(String token, String name, byte[] content, @Nullable String scope) {
		var parts = new LinkedMultiValueMap<String, Object>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		if (scope != null) {
			parts.add("scope", scope);
		}
		return http.post()
			.uri("/api/v1/workspaces/" + ws.slug() + "/documents")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.exchange((req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(),
					res.getBody().readAllBytes()));
	}

	private Reply call(HttpMethod method, String uri, @Nullable String token, @Nullable String json) {
		var spec = http.method(method).uri(uri);
		if (token != null) {
			spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		if (json != null) {
			spec = spec.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return spec.exchange(
				(req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(), res.getBody().readAllBytes()));
	}

	record Reply(int status, HttpHeaders headers, byte[] body) {
		JsonNode json() {
			return JsonMapper.shared().readTree(body);
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

}
