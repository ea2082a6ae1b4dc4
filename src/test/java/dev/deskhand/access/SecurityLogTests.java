package dev.deskhand.access;

import static dev.deskhand.FormSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.deskhand.ApiClient;
import dev.deskhand.FormSession;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.workspace.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security events reach the log {@code dev.deskhand.security} as key=value lines: who,
 * what, from where, never a password or token.
 */
@IntegrationTest
class SecurityLogTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessManagement access;

	@Autowired
	AccessPolicy policy;

	private final Logger logger = (Logger) LoggerFactory.getLogger(SecurityLog.LOGGER);

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	private Level previous;

	@BeforeEach
	void listen() {
		previous = logger.getLevel();
		logger.setLevel(Level.INFO);
		events.start();
		logger.addAppender(events);
	}

	@AfterEach
	void stop() {
		logger.detachAppender(events);
		logger.setLevel(previous);
	}

	List<String> lines() {
		return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	@Test
	void signInsFailuresAndThrottlingWithAccountAndAddressButNoPassword() {
		var ws = fixtures.workspace("log-sign-in");
		String address = FormSession.freshAddress();
		var browser = new FormSession(port, address);
		for (int i = 0; i < 6; i++) {
			browser.login(ws.owner().email(), "wrong-password-" + i + "-xyzzy");
		}
		assertThat(location(new FormSession(port, FormSession.freshAddress()).login("nobody@example.test",
				"another-wrong-one-xyzzy")))
			.endsWith("/login?error");
		assertThat(lines())
			.anySatisfy(l -> assertThat(l).startsWith("event=sign-in.failure")
				.contains("account=" + ws.owner().email(), "address=" + address, "reason=BadCredentialsException"))
			.anySatisfy(l -> assertThat(l).startsWith("event=sign-in.throttled")
				.contains("account=" + ws.owner().email(), "address=" + address))
			.anySatisfy(l -> assertThat(l).startsWith("event=sign-in.failure").contains("account=nobody@example.test"))
			.noneSatisfy(l -> assertThat(l).contains("xyzzy"));
		assertThat(events.list).filteredOn(e -> e.getFormattedMessage().startsWith("event=sign-in.failure"))
			.allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.WARN))
			.allSatisfy(
					e -> assertThat(e.getKeyValuePairs()).anySatisfy(kv -> assertThat(kv.key).isEqualTo("account")));

		var member = fixtures.member(ws, Role.EMPLOYEE, null);
		new FormSession(port, address + "").login(member.email(), TestFixtures.PASSWORD);
		assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("event=sign-in.success")
			.contains("account=" + member.email(), "person=" + member.person().id().value()));
	}

	@Test
	void passwordChangesWithoutThePasswords() {
		var ws = fixtures.workspace("log-password");
		var me = new FormSession(port, FormSession.freshAddress());
		me.login(ws.owner().email(), TestFixtures.PASSWORD);
		me.get("/profile");
		me.post("/profile/password", Map.of("currentPassword", TestFixtures.PASSWORD, "password",
				"velvet quarry nine lanterns", "repeat", "velvet quarry nine lanterns"));
		assertThat(lines())
			.anySatisfy(l -> assertThat(l).startsWith("event=password.changed")
				.contains("person=" + ws.owner().person().id().value(), "otherSessionsEnded=0"))
			.noneSatisfy(l -> assertThat(l).contains("velvet", "correct horse"));
	}

	@Test
	void tokensIssuedUsedAndRevokedWithoutTheSecret() {
		var ws = fixtures.workspace("log-token");
		var agent = fixtures.agent(ws, "Logged bot");
		String secret = fixtures.token(ws, agent);
		assertThat(new ApiClient(port, secret).get("/api/v1/me").status()).isEqualTo(200);
		assertThat(new ApiClient(port, secret + "x").get("/api/v1/me").status()).isEqualTo(401);
		var token = access.tokens(ws.view().id()).getFirst();
		fixtures.as(ws.owner(), () -> {
			access.revokeToken(policy.require(ws.slug(), Permission.WORKSPACE_VIEW), token.id());
			return null;
		});
		String id = token.id().toString();
		assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("event=token.issued").contains("token=" + id))
			.anySatisfy(l -> assertThat(l).startsWith("event=token.used")
				.contains("token=" + id, "member=" + agent.id().value(), "address="))
			.anySatisfy(l -> assertThat(l).startsWith("event=token.refused").contains("reason=unknown"))
			.anySatisfy(l -> assertThat(l).startsWith("event=token.revoked")
				.contains("token=" + id, "by=person:" + ws.owner().person().id().value()))
			.noneSatisfy(l -> assertThat(l).contains(secret.substring(3)));
	}

	@Test
	void refusedAccessWithWhoAndWhere() {
		var ws = fixtures.workspace("log-refused");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		var browser = new FormSession(port, FormSession.freshAddress());
		browser.login(assistant.email(), TestFixtures.PASSWORD);
		assertThat(browser.get("/w/" + ws.slug() + "/members").statusCode()).isEqualTo(403);
		assertThat(browser.postWithoutCsrf("/w/" + ws.slug() + "/agents", Map.of("name", "x")).statusCode())
			.isEqualTo(403);
		assertThat(lines())
			.anySatisfy(l -> assertThat(l).startsWith("event=access.refused")
				.contains("reason=ROLE", "workspace=" + ws.slug(), "member=" + assistant.member().id().value()))
			.anySatisfy(l -> assertThat(l).startsWith("event=access.refused")
				.contains("Csrf", "path=/w/" + ws.slug() + "/agents"));
	}

}
