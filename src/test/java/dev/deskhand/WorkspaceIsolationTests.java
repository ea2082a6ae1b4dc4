package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member of workspace B never reads or changes A's data, even with A's ids in B's URLs
 * (swapped ids) or by guessing: every such request answers 404 and changes nothing.
 */
@IntegrationTest
class WorkspaceIsolationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	DocumentStore documents;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void swappedIdsFromAnotherWorkspaceAreNotFoundAndChangeNothing() {
		var a = fixtures.workspace("iso-a");
		var b = fixtures.workspace("iso-b");
		var victim = fixtures.member(a, Role.EMPLOYEE, null);
		var grantA = fixtures.grantOf(victim);
		var docA = fixtures.as(a.owner(), () -> documents.store(policy.require(a.slug(), Permission.DOCUMENTS_UPLOAD),
				"rates.csv", "lane,eur\nCPH-HAM,950\n".getBytes(), null));
		var invitationA = workspaces.invite(a.view().id(), "x@example.test", Role.EMPLOYEE, null,
				a.owner().member().id());
		var api = new ApiClient(port, fixtures.token(b, b.owner().member()));
		String inB = "/api/v1/workspaces/" + b.slug();

		assertThat(api.patch(inB + "/grants/" + grantA.id(), "{\"role\":\"MANAGER\"}").status()).isEqualTo(404);
		assertThat(api.delete(inB + "/grants/" + grantA.id()).status()).isEqualTo(404);
		assertThat(api.get(inB + "/documents/" + docA.id()).status()).isEqualTo(404);
		assertThat(api.post(inB + "/documents/" + docA.id() + "/links", null).status()).isEqualTo(404);
		assertThat(api.delete(inB + "/documents/" + docA.id()).status()).isEqualTo(404);
		assertThat(api
			.post(inB + "/members/" + victim.member().id() + "/token",
					"{\"name\":\"x\",\"expiresAt\":\"" + java.time.Instant.now().plusSeconds(3600) + "\"}")
			.status()).isEqualTo(404);
		String inA = "/api/v1/workspaces/" + a.slug();
		assertThat(api.get(inA + "/members").status()).isEqualTo(404);
		assertThat(api.get(inA + "/audit").status()).isEqualTo(404);
		assertThat(api.get(inA + "/documents").status()).isEqualTo(404);

		assertThat(fixtures.grantOf(victim)).isEqualTo(grantA);
		assertThat(fixtures.as(a.owner(),
				() -> documents.find(policy.require(a.slug(), Permission.DOCUMENTS_VIEW), docA.id())))
			.isPresent();
		assertThat(workspaces.findOpenInvitation("guess")).isEmpty();
		assertThat(workspaces.invitations(a.view().id())).extracting(i -> i.id())
			.contains(invitationA.invitation().id());
	}

	@Test
	void membersOfAnotherWorkspaceCannotBeMadeAssignees() {
		var a = fixtures.workspace("assign-a");
		var b = fixtures.workspace("assign-b");
		var strangerInA = fixtures.member(a, Role.EMPLOYEE, null);
		var api = new ApiClient(port, fixtures.token(b, b.owner().member()));
		String inB = "/api/v1/workspaces/" + b.slug();

		var task = api.post(inB + "/recurring-tasks",
				"{\"schedule\":\"0 0 9 * * MON\",\"type\":\"inbox\",\"title\":\"Weekly\",\"assignee\":\""
						+ strangerInA.member().id() + "\"}");
		assertThat(task.status()).isEqualTo(400);
		assertThat(task.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/assignee");
		var item = api.post(inB + "/work-items",
				"{\"type\":\"travel\",\"title\":\"Book\",\"assignee\":\"" + strangerInA.member().id() + "\"}");
		assertThat(item.status()).isEqualTo(400);
		assertThat(item.json().get("errors").get(0).get("pointer").asString()).isEqualTo("/assignee");
		assertThat(api.get(inB + "/recurring-tasks").json()).isEmpty();
	}

	@Test
	void listsNeverMixWorkspaces() {
		var a = fixtures.workspace("mix-a");
		var b = fixtures.workspace("mix-b");
		fixtures.member(a, Role.EMPLOYEE, null);
		var api = new ApiClient(port, fixtures.token(b, b.owner().member()));
		var members = api.get("/api/v1/workspaces/" + b.slug() + "/members").json();
		assertThat(members.get("total").asLong()).isEqualTo(1);
		assertThat(members.get("items").get(0).get("email").asString()).isEqualTo(b.owner().email());
		var audit = api.get("/api/v1/workspaces/" + b.slug() + "/audit?size=200").json();
		audit.get("items")
			.forEach(e -> assertThat(e.get("workspaceId").asString()).isEqualTo(b.view().id().toString()));
	}

}
