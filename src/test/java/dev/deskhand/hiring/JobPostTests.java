package dev.deskhand.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.ApiClient;
import dev.deskhand.FormSession;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.TestFixtures.Member;
import dev.deskhand.TestFixtures.Ws;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.workspace.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Job posts: draft → open → closed (also by the closing date, on read), refused terms
 * with their pointers, the public page without sign-in in the post's language, the text
 * export, the REST API and who may do what.
 */
@IntegrationTest
class JobPostTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	JobPosts posts;

	@Autowired
	WorkSetup work;

	@Autowired
	JdbcClient jdbc;

	static NewJobPost post(String language, @Nullable List<String> criteria, List<String> workTypes) {
		return new NewJobPost(language, "Kundeservice på dansk og tysk",
				"Vi søger en assistent til kundemails <b>fra</b> vores speditionskunder.", workTypes,
				List.of("da", "de"), LocalTime.of(9, 0), LocalTime.of(15, 0), 20, new BigDecimal("250"), "DKK",
				ContractKind.HOURLY, 30, 60, 120, "Ingen fakta ændret i udkast", List.of("customer:Carlsberg"),
				"Besvar disse tre mails: …", criteria, LocalDate.now().plusDays(10));
	}

	Membership as(Member m, Ws ws, Permission p) {
		return fixtures.as(m, () -> policy.require(ws.slug(), p));
	}

	@Test
	void aDraftIsWrittenOpenedShownPubliclyAndClosed() {
		Ws ws = fixtures.workspace("hire", "da");
		Member manager = fixtures.member(ws, Role.MANAGER, null);
		Membership m = as(manager, ws, Permission.HIRING_MANAGE);
		fixtures.as(ws.owner(), () -> work.publishSop(as(ws.owner(), ws, Permission.WORK_MANAGE), new NewSop("booking",
				"# Booking af transporter\nOpret bookinger hos fragtfirmaer.", List.of(), false)));

		JobPostView draft = posts.create(m, post("da", null, List.of("email", "booking")));
		assertThat(draft.status()).isEqualTo(PostStatus.DRAFT);
		assertThat(draft.criteria()).as("a default set in the post's language")
			.contains("Skriftligt dansk", "Skriftligt tysk", "Kendskab til logistik");
		assertThat(posts.tasks(m, draft.id())).extracting(PostTask::title)
			.containsExactly("Kundemails", "Booking af transporter");
		assertThat(posts.tasks(m, draft.id()).get(1).summary()).isEqualTo("Opret bookinger hos fragtfirmaer.");
		assertThat(posts.published(draft.publicKey())).as("a draft has no public page").isEmpty();
		FormSession anonymous = new FormSession(port, FormSession.freshAddress());
		assertThat(anonymous.get("/jobs/" + draft.publicKey()).statusCode()).isEqualTo(404);

		JobPostView open = posts.open(m, draft.id());
		assertThat(open.status()).isEqualTo(PostStatus.OPEN);
		assertThat(posts.open(m, draft.id()).openedAt()).as("opening again changes nothing").isEqualTo(open.openedAt());
		HttpResponse<String> page = anonymous.get("/jobs/" + draft.publicKey());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("Kundeservice på dansk og tysk", "Booking af transporter", "Giv et bud", "250,00",
					"&lt;b&gt;fra&lt;/b&gt;")
			.doesNotContain("<b>fra</b>", "customer:Carlsberg");

		String text = WebSession.signIn(port, manager)
			.get("/w/" + ws.slug() + "/hiring/posts/" + draft.id() + "/text")
			.body();
		assertThat(text).startsWith("Kundeservice på dansk og tysk")
			.contains("Booking af transporter: Opret bookinger hos fragtfirmaer.", "dansk, tysk",
					"/jobs/" + draft.publicKey());

		JobPostView closed = posts.close(m, draft.id());
		assertThat(closed.status()).isEqualTo(PostStatus.CLOSED);
		assertThat(anonymous.get("/jobs/" + draft.publicKey()).body()).contains("Opslaget tager ikke længere imod bud")
			.doesNotContain("Send buddet");
		assertThatThrownBy(() -> posts.open(m, draft.id())).isInstanceOf(InvalidInputException.class);
		assertThat(posts.posts(m)).singleElement()
			.satisfies(s -> assertThat(s.post().status()).isEqualTo(PostStatus.CLOSED));

		String audit = WebSession.signIn(port, ws.owner()).get("/w/" + ws.slug() + "/audit").body();
		assertThat(audit).as("the audit page reads the post's changes back as sentences")
			.contains("Job post Kundeservice på dansk og tysk: Draft → Open",
					"Job post Kundeservice på dansk og tysk: Open → Closed")
			.doesNotContain("OPEN -&gt; CLOSED", "DRAFT -&gt; OPEN");
	}

	@Test
	void aPostPastItsClosingDateReadsClosed() {
		Ws ws = fixtures.workspace("frist", "en");
		Membership m = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		JobPostView p = posts.open(m, posts.create(m, post("en", List.of("Accuracy"), List.of("email"))).id());
		jdbc.sql("update hiring.job_post set closes_on = current_date - 2 where id = ?").param(p.id().value()).update();
		assertThat(posts.post(m, p.id()).status()).isEqualTo(PostStatus.CLOSED);
		assertThat(posts.published(p.publicKey()).orElseThrow().open()).isFalse();
	}

	@Test
	void thePublicPageSpeaksThePostsLanguageWhateverTheVisitors() {
		Ws ws = fixtures.workspace("sprache", "da");
		Membership m = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		JobPostView p = posts.open(m, posts.create(m, post("de", null, List.of("email"))).id());
		assertThat(p.criteria()).contains("Schriftliches Dänisch", "Logistikkenntnisse");
		FormSession danish = new FormSession(port, FormSession.freshAddress());
		String body = danish.get("/jobs/" + p.publicKey() + "?lang=da").body();
		assertThat(body).contains("lang=\"de\"", "Angebot abgeben", "Ihre E-Mail-Adresse", "Bezahlung pro Stunde")
			.doesNotContain("Giv et bud");
		assertThat(danish.get("/jobs/not-a-key-of-any-post-at-all").statusCode()).isEqualTo(404);
	}

	@Test
	void refusedTermsNameTheirFieldAndStoreNothing() {
		Ws ws = fixtures.workspace("forkert", "da");
		Membership m = as(ws.owner(), ws, Permission.HIRING_MANAGE);
		NewJobPost ok = post("da", null, List.of("email"));
		assertPointer(m, with(ok, "title", ""), "/title");
		assertPointer(m, with(ok, "workTypes", List.of("email", "nonsense")), "/workTypes/1");
		assertPointer(m, with(ok, "languages", List.of("xx")), "/languages/0");
		assertPointer(m, with(ok, "overlapEnd", LocalTime.of(8, 0)), "/overlapEnd");
		assertPointer(m, with(ok, "maxRate", new BigDecimal("-1")), "/maxRate");
		assertPointer(m, with(ok, "currency", "SEK"), "/currency");
		assertPointer(m, with(ok, "scopes", List.of("planet:Mars")), "/scopes/0");
		assertPointer(m, with(ok, "scopes", List.of("nocolon")), "/scopes/0");
		assertPointer(m, with(ok, "closesOn", LocalDate.now().minusDays(3)), "/closesOn");
		assertPointer(m, with(ok, "language", "fr"), "/language");
		assertThat(posts.posts(m)).isEmpty();
	}

	@Test
	void theApiWritesReadsOpensAndRefusesWithPointers() {
		Ws ws = fixtures.workspace("api", "en");
		Member manager = fixtures.member(ws, Role.MANAGER, null);
		Member employee = fixtures.member(ws, Role.EMPLOYEE, null);
		Member assistant = fixtures.member(ws, Role.ASSISTANT, null);
		ApiClient api = new ApiClient(port, fixtures.token(ws, manager.member()));
		String base = "/api/v1/workspaces/" + ws.slug() + "/job-posts";
		var bad = api.post(base, "{\"title\":\"Customer e-mail\",\"maxRate\":250,\"currency\":\"DKK\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("/contractKind");
		var created = api.post(base, """
				{"language":"en","title":"Customer e-mail in Danish and German","workTypes":["email"],
				 "languages":["da","de"],"overlapStart":"09:00","overlapEnd":"15:00","hoursPerWeek":20,
				 "maxRate":250,"currency":"DKK","contractKind":"HOURLY"}""");
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(api.post(base + "/" + id + "/open", null).json().get("status").asString()).isEqualTo("OPEN");
		assertThat(api.get(base).body()).contains("Customer e-mail in Danish and German");
		assertThat(new ApiClient(port, fixtures.token(ws, employee.member())).get(base + "/" + id).status())
			.isEqualTo(200);
		assertThat(new ApiClient(port, fixtures.token(ws, employee.member())).post(base + "/" + id + "/close", null)
			.status()).isEqualTo(403);
		assertThat(new ApiClient(port, fixtures.token(ws, assistant.member())).get(base).status()).isEqualTo(403);
		Membership emp = as(employee, ws, Permission.HIRING_REVIEW);
		assertThatThrownBy(() -> posts.create(emp, post("en", null, List.of("email"))))
			.isInstanceOf(AccessDenied.class);
		Ws other = fixtures.workspace("anden", "en");
		assertThatThrownBy(() -> posts.post(as(other.owner(), other, Permission.HIRING_REVIEW), JobPostId.parse(id)))
			.isInstanceOf(NotFoundException.class);
	}

	private void assertPointer(Membership m, NewJobPost n, String pointer) {
		assertThatThrownBy(() -> posts.create(m, n)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.field()).isEqualTo(pointer));
	}

	/** The post with one field changed. */
	static NewJobPost with(NewJobPost p, String field, Object value) {
		return new NewJobPost(field.equals("language") ? (String) value : p.language(),
				field.equals("title") ? (String) value : p.title(), p.description(),
				field.equals("workTypes") ? cast(value) : p.workTypes(),
				field.equals("languages") ? cast(value) : p.languages(), p.overlapStart(),
				field.equals("overlapEnd") ? (LocalTime) value : p.overlapEnd(), p.hoursPerWeek(),
				field.equals("maxRate") ? (BigDecimal) value : p.maxRate(),
				field.equals("currency") ? (String) value : p.currency(), p.contractKind(), p.trialDays(),
				p.targetFirstResponseMinutes(), p.targetItemsPerWeek(), p.trialTargets(),
				field.equals("scopes") ? cast(value) : p.scopes(), p.sampleTask(), p.criteria(),
				field.equals("closesOn") ? (LocalDate) value : p.closesOn());
	}

	@SuppressWarnings("unchecked")
	private static List<String> cast(Object o) {
		return (List<String>) o;
	}

}
