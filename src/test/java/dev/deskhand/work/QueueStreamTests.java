package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.workspace.Role;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live queue stream tells a watcher only what the queue page would show them: no
 * stream before the NDA, no events for items outside their scopes, and the stream closes
 * once their grant is revoked.
 */
@IntegrationTest
class QueueStreamTests {

	private static final String CLOSED = "<closed>";

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	AccessManagement access;

	@Autowired
	WorkQueue work;

	@Test
	void anAssistantWithoutTheNdaGetsNoStream() throws Exception {
		var ws = fixtures.workspace("stream-nda");
		var assistant = fixtures.join(ws, fixtures.person("assistant"), Role.ASSISTANT, null, false);
		WebSession session = WebSession.signIn(port, assistant);
		var response = session.get("/w/" + ws.slug() + "/queue/stream");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("text/event-stream");
		var merged = session.open("/queue/stream");
		BlockingQueue<String> events = lines(merged);
		create(ws, "Outside the NDA", null);
		assertThat(events.poll(3, TimeUnit.SECONDS)).as("nothing for a workspace whose NDA waits").isNull();
	}

	@Test
	void aScopedMemberHearsOnlyOfItemsInTheirScopes() throws Exception {
		var ws = fixtures.workspace("stream-scope");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null, new ScopeRef("customer", "LEGO"));
		BlockingQueue<String> events = stream(WebSession.signIn(port, employee), "/w/" + ws.slug() + "/queue/stream");

		create(ws, "For ACME", "customer:ACME");
		create(ws, "Unscoped", null);
		assertThat(events.poll(3, TimeUnit.SECONDS)).isNull();
		create(ws, "For LEGO", "customer:LEGO");
		assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event:queue-changed");
	}

	@Test
	void theStreamClosesOnceTheGrantIsRevoked() throws Exception {
		var ws = fixtures.workspace("stream-revoke");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		BlockingQueue<String> events = stream(WebSession.signIn(port, employee), "/w/" + ws.slug() + "/queue/stream");
		create(ws, "First", null);
		assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("event:queue-changed");
		events.clear();

		fixtures.as(ws.owner(), () -> access.revoke(policy.require(ws.slug(), Permission.MEMBERS_MANAGE),
				fixtures.grantOf(employee).id()));
		create(ws, "After the revocation", null);

		String next;
		do {
			next = events.poll(10, TimeUnit.SECONDS);
		}
		while (next != null && !next.equals(CLOSED) && !next.startsWith("event:"));
		assertThat(next).isEqualTo(CLOSED);
	}

	private void create(TestFixtures.Ws ws, String title, String scope) {
		fixtures.as(ws.owner(), () -> work.create(policy.require(ws.slug(), Permission.WORK_VIEW),
				new NewWorkItem("travel", title, null, null, null, null, null, scope, null)));
	}

	/** Opens the stream and reads its event lines (and {@link #CLOSED} at its end). */
	private BlockingQueue<String> stream(WebSession session, String path) {
		var response = session.open(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		return lines(response);
	}

	private static BlockingQueue<String> lines(HttpResponse<java.io.InputStream> response) {
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();
		Thread.ofVirtual().start(() -> {
			try (var in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					if (line.startsWith("event:")) {
						lines.add(line);
					}
				}
			}
			catch (java.io.IOException e) {
				// a closed stream ends like an ended one
			}
			lines.add(CLOSED);
		});
		return lines;
	}

}
