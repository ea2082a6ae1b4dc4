package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody changes their own grant, and nobody hands out more than they hold: a manager
 * limited to one customer until tomorrow stays limited, and so does everyone they grant
 * or invite.
 */
@IntegrationTest
class GrantBoundsTests {

	static final ScopeRef LEGO = new ScopeRef("customer", "LEGO");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessManagement access;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void restrictedManagerCannotLiftTheirOwnLimits() {
		var ws = fixtures.workspace("own-grant");
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		var manager = fixtures.member(ws, Role.MANAGER, tomorrow, LEGO);
		var before = fixtures.grantOf(manager);
		var api = new ApiClient(port, fixtures.token(ws, manager.member()));

		var r = api.patch("/api/v1/workspaces/" + ws.slug() + "/grants/" + before.id(),
				"{\"noEnd\":true,\"scopes\":[]}");

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("type").asString()).endsWith("/own_grant");
		assertThat(api
			.patch("/api/v1/workspaces/" + ws.slug() + "/grants/" + before.id(),
					"{\"validUntil\":\"" + tomorrow.plus(1, ChronoUnit.HOURS) + "\"}")
			.status()).isEqualTo(403);
		assertThat(fixtures.grantOf(manager)).isEqualTo(before);
	}

	@Test
	void evenAnOwnerCannotChangeOrRevokeTheirOwnGrant() {
		var ws = fixtures.workspace("own-owner");
		var own = fixtures.grantOf(ws.owner());
		var api = new ApiClient(port, fixtures.token(ws, ws.owner().member()));
		assertThat(api.patch("/api/v1/workspaces/" + ws.slug() + "/grants/" + own.id(), "{\"scopes\":[\"customer:X\"]}")
			.status()).isEqualTo(403);
		assertThat(api.delete("/api/v1/workspaces/" + ws.slug() + "/grants/" + own.id()).status()).isEqualTo(403);
		assertThat(fixtures.grantOf(ws.owner())).isEqualTo(own);
	}

	@Test
	void restrictedManagerGivesNothingWiderThanTheirOwn() {
		var ws = fixtures.workspace("wider");
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		var manager = fixtures.member(ws, Role.MANAGER, tomorrow, LEGO);
		var employee = fixtures.member(ws, Role.EMPLOYEE, tomorrow.minus(1, ChronoUnit.HOURS), LEGO);
		var grant = fixtures.grantOf(employee);
		var api = new ApiClient(port, fixtures.token(ws, manager.member()));
		String grants = "/api/v1/workspaces/" + ws.slug() + "/grants/" + grant.id();
		String invitations = "/api/v1/workspaces/" + ws.slug() + "/invitations";

		assertThat(api.patch(grants, "{\"scopes\":[]}").status()).isEqualTo(403);
		assertThat(api.patch(grants, "{\"scopes\":[\"customer:LEGO\",\"customer:ACME\"]}").status()).isEqualTo(403);
		assertThat(api.patch(grants, "{\"noEnd\":true}").status()).isEqualTo(403);
		assertThat(api.patch(grants, "{\"validUntil\":\"" + tomorrow.plus(1, ChronoUnit.HOURS) + "\"}").status())
			.isEqualTo(403);
		assertThat(fixtures.grantOf(employee)).isEqualTo(grant);
		var invited = api.post(invitations, "{\"email\":\"wide@example.test\",\"role\":\"MANAGER\"}");
		assertThat(invited.status()).isEqualTo(403);
		assertThat(invited.json().get("type").asString()).endsWith("/beyond_own");
		assertThat(api
			.post(invitations,
					"{\"email\":\"wide@example.test\",\"role\":\"MANAGER\",\"accessUntil\":\"" + tomorrow
							+ "\",\"scopes\":[\"customer:ACME\"]}")
			.status()).isEqualTo(403);

		var narrowed = api.patch(grants, "{\"role\":\"ASSISTANT\",\"validUntil\":\""
				+ tomorrow.minus(2, ChronoUnit.HOURS) + "\",\"scopes\":[\"customer:LEGO\"]}");
		assertThat(narrowed.status()).isEqualTo(200);
		assertThat(fixtures.grantOf(employee).role()).isEqualTo(Role.ASSISTANT);
		assertThat(api
			.post(invitations,
					"{\"email\":\"narrow@example.test\",\"role\":\"MANAGER\",\"accessUntil\":\"" + tomorrow
							+ "\",\"scopes\":[\"customer:LEGO\"]}")
			.status()).isEqualTo(201);
	}

	@Test
	void managerCannotRaiseAnyoneAboveTheirOwnRank() {
		var ws = fixtures.workspace("rank");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		var api = new ApiClient(port, fixtures.token(ws, manager.member()));
		assertThat(api
			.patch("/api/v1/workspaces/" + ws.slug() + "/grants/" + fixtures.grantOf(employee).id(),
					"{\"role\":\"OWNER\"}")
			.status()).isEqualTo(403);
		assertThat(api
			.patch("/api/v1/workspaces/" + ws.slug() + "/grants/" + fixtures.grantOf(employee).id(),
					"{\"role\":\"MANAGER\"}")
			.status()).isEqualTo(200);
	}

	@Test
	void aRestrictedManagerGrantsAnAgentOnlyWithinTheirLimits() {
		var ws = fixtures.workspace("agent-bounds");
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		var manager = fixtures.member(ws, Role.MANAGER, tomorrow, LEGO);
		var agent = workspaces.addAgent(ws.view().id(), "Helper", "UTC");
		fixtures.as(manager, () -> {
			Membership m = policy.require(ws.slug(), Permission.MEMBERS_MANAGE);
			assertThatThrownBy(() -> access.grant(m, agent.id(), Role.AGENT, null, List.of()))
				.isInstanceOf(AccessDenied.class);
			var granted = access.grant(m, agent.id(), Role.AGENT, tomorrow, List.of(LEGO));
			assertThat(granted.scopes()).containsExactly(LEGO);
		});
	}

	@Test
	void theMembersPageRefusesOwnAndWiderChangesWithATranslatedReason() {
		var ws = fixtures.workspace("own-page");
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		var manager = fixtures.member(ws, Role.MANAGER, tomorrow, LEGO);
		workspaces.updateProfile(manager.person().id(), "Mette Madsen", "da", "Europe/Copenhagen");
		var before = fixtures.grantOf(manager);
		var page = WebSession.signIn(port, manager);

		var own = page.post("/w/" + ws.slug() + "/grants/" + before.id() + "/scopes", "scopes=");
		assertThat(own.statusCode()).isEqualTo(302);
		assertThat(page.get("/w/" + ws.slug() + "/members").body()).contains("Du kan ikke ændre din egen adgang");
		assertThat(fixtures.grantOf(manager)).isEqualTo(before);

		page.post("/w/" + ws.slug() + "/invitations", "email=wide%40example.test&role=MANAGER&accessUntil=&scopes=");
		assertThat(page.get("/w/" + ws.slug() + "/members").body()).contains("Du kan kun give adgang");
		assertThat(workspaces.invitations(ws.view().id())).isEmpty();
	}

}
