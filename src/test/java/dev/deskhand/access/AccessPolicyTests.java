package dev.deskhand.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AccessPolicyTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	AccessManagement access;

	@Autowired
	Clock clock;

	@Test
	void ownerMayManageMembersButAssistantMayNot() {
		var ws = fixtures.workspace("policy");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		assertThat(fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.MEMBERS_MANAGE)).role())
			.isEqualTo(Role.OWNER);
		assertThatThrownBy(() -> fixtures.as(assistant, () -> policy.require(ws.slug(), Permission.MEMBERS_MANAGE)))
			.isInstanceOf(AccessDenied.class)
			.extracting(e -> ((AccessDenied) e).reason())
			.isEqualTo(AccessDenied.Reason.ROLE);
	}

	@Test
	void rejectsRevokedGrantOnTheNextCheck() {
		var ws = fixtures.workspace("revoke");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		fixtures.as(employee, () -> policy.require(ws.slug(), Permission.WORKSPACE_VIEW));
		fixtures.as(ws.owner(), () -> access.revoke(policy.require(ws.slug(), Permission.MEMBERS_MANAGE),
				fixtures.grantOf(employee).id()));
		assertThatThrownBy(() -> fixtures.as(employee, () -> policy.require(ws.slug(), Permission.WORKSPACE_VIEW)))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void rejectsExpiredGrant() throws InterruptedException {
		var ws = fixtures.workspace("expiry");
		Instant soon = clock.instant().plus(1500, ChronoUnit.MILLIS);
		var assistant = fixtures.member(ws, Role.ASSISTANT, soon);
		fixtures.as(assistant, () -> policy.require(ws.slug(), Permission.WORKSPACE_VIEW));
		Thread.sleep(Math.max(0, soon.toEpochMilli() - clock.millis() + 50));
		assertThatThrownBy(() -> fixtures.as(assistant, () -> policy.require(ws.slug(), Permission.WORKSPACE_VIEW)))
			.isInstanceOf(AccessDenied.class)
			.extracting(e -> ((AccessDenied) e).reason())
			.isEqualTo(AccessDenied.Reason.GRANT);
	}

	@Test
	void assistantWorksOnlyAfterAcceptingTheNda() {
		var ws = fixtures.workspace("nda");
		var assistant = fixtures.join(ws, fixtures.person("va"), Role.ASSISTANT, null, false);
		assertThatThrownBy(() -> fixtures.as(assistant, () -> policy.require(ws.slug(), Permission.WORKSPACE_VIEW)))
			.isInstanceOf(AccessDenied.class)
			.extracting(e -> ((AccessDenied) e).reason())
			.isEqualTo(AccessDenied.Reason.NDA);
		Instant accepted = fixtures.as(assistant, () -> access.acceptNda(policy.requireBeforeNda(ws.slug())));
		assertThat(access.ndaAcceptedAt(assistant.member().id(), ws.view().ndaVersion())).contains(accepted);
		assertThat(fixtures.as(assistant, () -> policy.require(ws.slug(), Permission.WORKSPACE_VIEW)).role())
			.isEqualTo(Role.ASSISTANT);
	}

	@Test
	void aWorkspaceOfWhichOneIsNoMemberDoesNotExist() {
		var a = fixtures.workspace("iso-a");
		var b = fixtures.workspace("iso-b");
		assertThatThrownBy(() -> fixtures.as(a.owner(), () -> policy.require(b.slug(), Permission.WORKSPACE_VIEW)))
			.isInstanceOf(NotFoundException.class);
	}

}
