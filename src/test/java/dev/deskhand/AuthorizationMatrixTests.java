package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix in {@code authorization-matrix.csv}, checked by real HTTP
 * requests: every route of Deskhand for every kind of caller. Reads and refused writes
 * run against one shared workspace; each write a caller should be served runs against a
 * fresh one. A route without a row fails.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	static final List<String> CALLERS = List.of("anonymous", "outsider", "agent", "assistant", "employee", "manager",
			"owner");

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	/** For API calls, which carry a token and no cookies. */
	private final HttpClient plain = HttpClient.newHttpClient();

	@Autowired
	dev.deskhand.shipments.TrackingRules trackingRules;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	dev.deskhand.shipments.ShipmentManagement shipments;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	dev.deskhand.access.AccessManagement access;

	@Autowired
	dev.deskhand.documents.DocumentStore documents;

	@Autowired
	dev.deskhand.access.AccessPolicy policy;

	@Autowired
	dev.deskhand.work.WorkQueue work;

	@Autowired
	dev.deskhand.work.WorkSetup workSetup;

	@Autowired
	dev.deskhand.work.WorkRules workRules;

	@Autowired
	dev.deskhand.inbox.InboxManagement inbox;

	@Autowired
	dev.deskhand.inbox.InboxTestData inboxData;

	@Autowired
	dev.deskhand.parties.PartyManagement parties;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** A caller signed in through the login form: its cookies and CSRF token. */
	record Session(HttpClient http, String csrf) {
	}

	record Row(int line, String method, String pattern, String url, String body, Map<String, String> expected) {
	}

	static List<Row> rows() throws IOException {
		List<Row> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/authorization-matrix.csv"));
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
				continue;
			}
			String[] f = line.split(",", -1);
			assertThat(f).as("line %d has %d columns", i + 1, f.length).hasSize(4 + CALLERS.size());
			Map<String, String> expected = new LinkedHashMap<>();
			for (int c = 0; c < CALLERS.size(); c++) {
				expected.put(CALLERS.get(c), f[4 + c]);
			}
			rows.add(new Row(i + 1, f[0], f[1], f[2], f[3].replace('^', ','), expected));
		}
		return rows;
	}

	@Test
	void everyRouteHasARow() throws IOException {
		Set<String> listed = new TreeSet<>();
		rows().forEach(r -> listed.add(r.method() + " " + r.pattern()));
		Set<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("dev.deskhand")) {
				for (String pattern : info.getPatternValues()) {
					var methods = info.getMethodsCondition().getMethods();
					methods.forEach(m -> routes.add(m.name() + " " + pattern));
					if (methods.isEmpty()) {
						routes.add("ANY " + pattern);
					}
				}
			}
		});
		assertThat(listed).as("routes in the matrix").containsAll(routes);
		assertThat(routes).as("matrix rows that name no route").containsAll(listed);
	}

	@Test
	void everyCallerGetsWhatTheMatrixSays() throws IOException {
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		World shared = world();
		for (Row row : rows()) {
			// Reads and refused requests change nothing that decides access (one wrongly
			// served is reported anyway), so they share one world and its signed-in
			// sessions; a write gets a fresh world for each caller it should serve.
			boolean read = row.method().equals("GET");
			for (String caller : CALLERS) {
				boolean served = row.expected().get(caller).equals("ok");
				World world = read || !served ? shared : world();
				String got = outcome(world, caller, row);
				checked++;
				if (!got.equals(row.expected().get(caller))) {
					wrong.add("line " + row.line() + ": " + row.method() + " " + row.pattern() + " as " + caller
							+ " expected " + row.expected().get(caller) + " but got " + got);
				}
			}
		}
		assertThat(checked).isGreaterThan(200);
		assertThat(wrong).isEmpty();
	}

	/**
	 * A fresh workspace with one member per role, a victim employee with a token, an
	 * agent and an invitation.
	 */
	World world() {
		var ws = fixtures.workspace("matrix");
		var outsider = fixtures.workspace("outside");
		var victim = fixtures.member(ws, Role.EMPLOYEE, null);
		MemberView agent = fixtures.agent(ws, "Bot");
		Map<String, TestFixtures.Member> people = Map.of("owner", ws.owner(), "manager",
				fixtures.member(ws, Role.MANAGER, null), "employee", fixtures.member(ws, Role.EMPLOYEE, null),
				"assistant", fixtures.member(ws, Role.ASSISTANT, null), "outsider", outsider.owner());
		fixtures.token(ws, victim.member());
		var victimToken = access.tokens(ws.view().id())
			.stream()
			.filter(t -> t.member().equals(victim.member().id()))
			.findFirst()
			.orElseThrow();
		var invitation = workspaces.invite(ws.view().id(), "invitee-" + System.nanoTime() + "@example.test",
				Role.EMPLOYEE, null, ws.owner().member().id());
		var document = fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), dev.deskhand.access.Permission.DOCUMENTS_UPLOAD);
			var doc = documents.store(m, "proof-of-delivery.txt", "Delivered to gate 4".getBytes(), null);
			return java.util.List.of(doc.id().toString(), documents.issueLink(m, doc.id(), null).url());
		});
		var playbook = fixtures.as(ws.owner(), () -> workPlaybook(ws.slug()));
		var mailbox = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(policy.require(ws.slug(), dev.deskhand.access.Permission.MAILBOXES_MANAGE),
						inboxData.unreachableMailbox("support@nordhavn.test")));
		var party = fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), dev.deskhand.access.Permission.PARTIES_MANAGE);
			var p = parties.create(m, dev.deskhand.parties.NewParty.of(dev.deskhand.parties.PartyKind.CUSTOMER, "LEGO",
					"da", "lego.test"));
			var c = parties.addContact(m, p.id(),
					new dev.deskhand.parties.NewContact("Anders Bruun", "anders@lego.test", null, "da"));
			return List.of(p.id().toString(), c.id().toString());
		});
		var shipment = fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), dev.deskhand.access.Permission.SHIPMENTS_MANAGE);
			var order = shipments.createOrder(m, new dev.deskhand.shipments.NewOrder("PO-4711", null, List.of()));
			var s = shipments.createShipment(m,
					new dev.deskhand.shipments.NewShipment(null, null, null,
							List.of(new dev.deskhand.shipments.NewShipment.NewReference(null, "BK-4711")), null, null,
							null, null, order.id()));
			return List.of(s.id().toString(), order.id().toString());
		});
		var conversation = inboxData.receive(mailbox.id(), "customer@lego.test", "Where is order 4711?");
		var trackingRule = fixtures.as(ws.owner(),
				() -> trackingRules
					.add(policy.require(ws.slug(), dev.deskhand.access.Permission.SHIPMENTS_MANAGE),
							dev.deskhand.shipments.NewTrackingRule.of("Stale",
									dev.deskhand.shipments.TrackingExceptionKind.STALE, 48, "tracking", "NORMAL"))
					.id()
					.toString());
		// a second item, to merge or link the first with
		var otherItem = fixtures.as(ws.owner(),
				() -> work
					.create(policy.require(ws.slug(), dev.deskhand.access.Permission.WORK_VIEW),
							dev.deskhand.work.NewWorkItem.of("travel", "Book the return flight"))
					.id()
					.toString());
		Map<String, String> values = Map.ofEntries(Map.entry("{workItem}", playbook.get(0)),
				Map.entry("{otherItem}", otherItem), Map.entry("{savedReply}", playbook.get(1)),
				Map.entry("{slaPolicy}", playbook.get(2)), Map.entry("{escalationRule}", playbook.get(3)),
				Map.entry("{recurringTask}", playbook.get(4)), Map.entry("{inboundRule}", playbook.get(5)),
				Map.entry("{mailbox}", mailbox.id().toString()), Map.entry("{conversation}", conversation.toString()),
				Map.entry("{party}", party.get(0)), Map.entry("{contact}", party.get(1)),
				Map.entry("{document}", document.get(0)), Map.entry("{fileLink}", document.get(1)),
				Map.entry("{trackingRule}", trackingRule), Map.entry("{ws}", ws.slug()),
				Map.entry("{grant}", fixtures.grantOf(victim).id().toString()),
				Map.entry("{invitation}", invitation.invitation().id().toString()),
				Map.entry("{invite}", invitation.token()), Map.entry("{agent}", agent.id().toString()),
				Map.entry("{victimToken}", victimToken.id().toString()),
				Map.entry("{inAMonth}", Instant.now().plus(30, ChronoUnit.DAYS).toString()),
				Map.entry("{shipment}", shipment.get(0)), Map.entry("{order}", shipment.get(1)));
		return new World(ws, outsider, people, agent, values, new HashMap<>(), new HashMap<>());
	}

	/**
	 * A travel SOP with a checklist, one work item, and one of each playbook setting;
	 * their ids in that order.
	 */
	List<String> workPlaybook(String slug) {
		var m = policy.require(slug, dev.deskhand.access.Permission.WORK_MANAGE);
		workSetup.publishSop(m, new dev.deskhand.work.NewSop("travel", "# Travel", List.of("Book", "Confirm"), false));
		var item = work.create(m, dev.deskhand.work.NewWorkItem.of("travel", "Book the flight to Aarhus"));
		var reply = workSetup.addSavedReply(m, "en", "Thanks", "Hi {{customer.name}}, re {{item.reference}}");
		var sla = workSetup.addSlaPolicy(m,
				new dev.deskhand.work.NewSlaPolicy(null, "Standard", null, null, 60, null, 600, null));
		var rule = workSetup.addEscalationRule(m,
				new dev.deskhand.work.NewEscalationRule(dev.deskhand.work.EscalationTrigger.BREACH, Role.MANAGER, null,
						java.util.Set.of(dev.deskhand.work.EscalationChannel.IN_APP), null, false));
		var task = workSetup.addRecurringTask(m,
				new dev.deskhand.work.NewRecurringTask("0 0 15 * * FRI", null, "inbox", "Check the inbox", null, null));
		var inbound = workRules.add(m, new dev.deskhand.work.NewInboundRule("Carrier mail", true, false,
				List.of(new dev.deskhand.work.RuleCondition(dev.deskhand.work.RuleCondition.Kind.SENDER_DOMAIN,
						"dsv.example")),
				List.of(new dev.deskhand.work.RuleAction(dev.deskhand.work.RuleAction.Kind.SET_TYPE, "carrier"))));
		return List.of(item.id().toString(), reply.id().toString(), sla.id().toString(), rule.id().toString(),
				task.id().toString(), inbound.id().toString());
	}

	record World(TestFixtures.Ws ws, TestFixtures.Ws outsider, Map<String, TestFixtures.Member> people,
			MemberView agent, Map<String, String> values, Map<String, Session> sessions, Map<String, String> tokens) {
		String fill(String s) {
			String out = s;
			for (var e : values.entrySet()) {
				out = out.replace(e.getKey(), e.getValue());
			}
			return out;
		}
	}

	String outcome(World world, String caller, Row row) {
		String url = world.fill(row.url());
		String body = world.fill(row.body());
		boolean api = url.startsWith("/api/");
		HttpClient http = plain;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url));
		if (api) {
			String token = world.tokens().computeIfAbsent(caller, c -> apiToken(world, c));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			if (body.equals("multipart")) {
				multipart(request, row.method(), "");
			}
			else {
				request.header("Content-Type", "application/json")
					.method(row.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(body));
			}
		}
		else {
			if (caller.equals("agent")) {
				request.header("Authorization",
						"Bearer " + world.tokens().computeIfAbsent(caller, c -> apiToken(world, c)));
			}
			Session session = world.sessions().computeIfAbsent(caller, c -> {
				HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
				return new Session(client, signIn(client, world.people().get(c)));
			});
			http = session.http();
			String csrf = session.csrf();
			if (body.equals("multipart")) {
				multipart(request, row.method(), csrf);
				return classify(send(http, request.build()));
			}
			String form = body.isEmpty() ? "_csrf=" + csrf : body.replace(" ", "+") + "&_csrf=" + csrf;
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.method(row.method(), row.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(form));
		}
		return classify(send(http, request.build()));
	}

	/** A small text file as {@code file}, and the CSRF token for pages. */
	private static void multipart(HttpRequest.Builder request, String method, String csrf) {
		String boundary = "matrix" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nCustomer called about order 4711 at " + System.nanoTime() + "\r\n"
				+ (csrf.isEmpty() ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
						+ csrf + "\r\n")
				+ "--" + boundary + "--\r\n";
		request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.method(method, HttpRequest.BodyPublishers.ofString(body));
	}

	private static String classify(HttpResponse<String> response) {
		int status = response.statusCode();
		String location = response.headers().firstValue("Location").orElse("");
		if (status == 401 || (status == 302 && location.endsWith("/login"))) {
			return "login";
		}
		if (status == 403 || status == 404) {
			return "denied";
		}
		if (status == 400) {
			return "bad";
		}
		if (status < 400) {
			return "ok";
		}
		return "error " + status + " " + response.body().substring(0, Math.min(200, response.body().length()));
	}

	private @Nullable String apiToken(World world, String caller) {
		return switch (caller) {
			case "anonymous" -> null;
			case "agent" -> fixtures.token(world.ws(), world.agent());
			case "outsider" -> fixtures.token(world.outsider(), world.outsider().owner().member());
			default -> fixtures.token(world.ws(), world.people().get(caller).member());
		};
	}

	/**
	 * Signs the person in through the login form (or stays anonymous) and returns the
	 * session's CSRF token.
	 */
	private String signIn(HttpClient http, TestFixtures.@Nullable Member person) {
		String csrf = csrf(send(http, get("/login")).body());
		if (person != null) {
			String form = "username=" + URLEncoder.encode(person.email(), StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(TestFixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
			var r = send(http,
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(form))
						.build());
			assertThat(r.headers().firstValue("Location").orElse("")).as("login of " + person.email())
				.doesNotContain("error");
			csrf = csrf(send(http, get("/login")).body());
		}
		return csrf;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("CSRF token on the login page").isTrue();
		return m.group(1);
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			// a server-sent event stream never ends: take its status and headers, not its
			// body
			HttpResponse<java.io.InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			boolean stream = r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
			try (var in = r.body()) {
				String body = stream ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				return new StringResponse(r, body);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A response whose body was read as text (or skipped, for event streams). */
	private record StringResponse(HttpResponse<?> response, String body) implements HttpResponse<String> {

		@Override
		public int statusCode() {
			return response.statusCode();
		}

		@Override
		public HttpRequest request() {
			return response.request();
		}

		@Override
		public java.util.Optional<HttpResponse<String>> previousResponse() {
			return java.util.Optional.empty();
		}

		@Override
		public java.net.http.HttpHeaders headers() {
			return response.headers();
		}

		@Override
		public URI uri() {
			return response.uri();
		}

		@Override
		public HttpClient.Version version() {
			return response.version();
		}

		@Override
		public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
			return response.sslSession();
		}

	}

}
