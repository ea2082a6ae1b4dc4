package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class WorkspaceApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessManagement access;

	@Autowired
	WorkspaceManagement workspaces;

	ApiClient as(String token) {
		return new ApiClient(port, token);
	}

	@Test
	void agentSignsInWithItsTokenAndSeesOnlyItsWorkspace() {
		var ws = fixtures.workspace("agent-api");
		var other = fixtures.workspace("agent-other");
		var agent = fixtures.agent(ws, "Triage-agent");
		var api = as(fixtures.token(ws, agent));
		var me = api.get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("workspaces")).hasSize(1);
		assertThat(me.json().get("workspaces").get(0).get("role").asString()).isEqualTo("AGENT");
		assertThat(api.get("/api/v1/workspaces/" + other.slug()).status()).isEqualTo(404);
	}

	@Test
	void unknownOrMissingTokenGets401ProblemNotARedirect() {
		var r = as("dh_not-a-real-token").get("/api/v1/me");
		assertThat(r.status()).isEqualTo(401);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(new ApiClient(port, null).get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void managerInvitesWithAnEndDateAndTheInviteeGetsThatGrant() {
		var ws = fixtures.workspace("invite-api");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		var api = as(fixtures.token(ws, manager.member()));
		var person = fixtures.person("invitee");
		var created = api.post("/api/v1/workspaces/" + ws.slug() + "/invitations", "{\"email\":\"" + person.email()
				+ "\",\"role\":\"ASSISTANT\",\"accessUntil\":\"2031-01-31T16:00:00Z\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("mailed").asBoolean()).as("no mailbox to send from").isFalse();
		String link = created.json().get("link").asString();
		String token = link.substring(link.lastIndexOf('/') + 1);
		var membership = access.acceptInvitation(token, person.id());
		assertThat(membership.grant().role()).isEqualTo(Role.ASSISTANT);
		assertThat(membership.grant().validUntil()).hasToString("2031-01-31T16:00:00Z");
		assertThat(workspaces.findOpenInvitation(token)).isEmpty();
	}

	@Test
	void managerCannotMakeAnOwner() {
		var ws = fixtures.workspace("no-owner");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		var r = as(fixtures.token(ws, manager.member())).post("/api/v1/workspaces/" + ws.slug() + "/invitations",
				"{\"email\":\"boss@example.test\",\"role\":\"OWNER\"}");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.json().get("detail").asString()).contains("owner");
	}

	@Test
	void revokedMembersTokenStopsWorkingOnTheNextRequest() {
		var ws = fixtures.workspace("revoke-api");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		var employeeApi = as(fixtures.token(ws, employee.member()));
		assertThat(employeeApi.get("/api/v1/workspaces/" + ws.slug()).status()).isEqualTo(200);
		var owner = as(fixtures.token(ws, ws.owner().member()));
		var grant = fixtures.grantOf(employee);
		assertThat(owner.delete("/api/v1/workspaces/" + ws.slug() + "/grants/" + grant.id()).status()).isEqualTo(200);
		assertThat(employeeApi.get("/api/v1/workspaces/" + ws.slug()).status()).isEqualTo(401);
	}

	@Test
	void aGrantStartingLaterAdmitsTheMemberOnlyThen() {
		var ws = fixtures.workspace("starts-later");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		var employeeApi = as(fixtures.token(ws, employee.member()));
		var owner = as(fixtures.token(ws, ws.owner().member()));
		String grant = "/api/v1/workspaces/" + ws.slug() + "/grants/" + fixtures.grantOf(employee).id();
		var changed = owner.patch(grant, "{\"validFrom\":\"" + java.time.Instant.now().plusSeconds(3600) + "\"}");
		assertThat(changed.status()).isEqualTo(200);
		var denied = employeeApi.get("/api/v1/workspaces/" + ws.slug());
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.json().get("detail").asString()).contains("has not started");
		assertThat(owner.patch(grant, "{\"validFrom\":\"" + java.time.Instant.now().minusSeconds(60) + "\"}").status())
			.isEqualTo(200);
		assertThat(employeeApi.get("/api/v1/workspaces/" + ws.slug()).status()).isEqualTo(200);
	}

	@Test
	void badInputIs400ProblemNamingTheFieldAndNothingIsHalfWritten() {
		var ws = fixtures.workspace("bad-input");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		var owner = as(fixtures.token(ws, ws.owner().member()));
		String grants = "/api/v1/workspaces/" + ws.slug() + "/grants/" + fixtures.grantOf(assistant).id();
		String invitations = "/api/v1/workspaces/" + ws.slug() + "/invitations";

		var malformed = owner.post(invitations, "{\"email\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");

		var unknown = owner.post(invitations, "{\"email\":\"a@example.test\",\"role\":\"EMPLOYEE\",\"admin\":true}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().at("/errors/0/pointer").asString()).isEqualTo("/admin");

		var tooLong = owner.post(invitations,
				"{\"email\":\"" + "a".repeat(300) + "@example.test\",\"role\":\"EMPLOYEE\"}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().at("/errors/0/pointer").asString()).isEqualTo("/email");

		var badDate = owner.patch(grants, "{\"role\":\"EMPLOYEE\",\"validUntil\":\"31.12.2030\"}");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().at("/errors/0/pointer").asString()).isEqualTo("/validUntil");

		// role is valid, the scope is not: the whole change is refused and the role stays
		// as it was
		var partlyBad = owner.patch(grants, "{\"role\":\"EMPLOYEE\",\"scopes\":[\"nonsense\"]}");
		assertThat(partlyBad.status()).isEqualTo(400);
		assertThat(partlyBad.json().at("/errors/0/pointer").asString()).isEqualTo("/scopes");
		assertThat(fixtures.grantOf(assistant).role()).isEqualTo(Role.ASSISTANT);
		assertThat(workspaces.invitations(ws.view().id())).isEmpty();
	}

}
