package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.workspace.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Managers configure in place: escalation rules are edited, not deleted and retyped; a
 * task filed under a customer's scope is seen by the assistant limited to it, with its
 * description as the first note.
 */
@IntegrationTest
class WorkConfigurationTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	AccessPolicy policy;

	@Test
	void editsAnEscalationRuleInPlace() {
		var ws = fixtures.workspace("rules");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		EscalationRuleView rule = setup.addEscalationRule(owner, new NewEscalationRule(EscalationTrigger.BREACH,
				Role.MANAGER, null, Set.of(EscalationChannel.IN_APP), null, false, null, null, null));
		EscalationRuleView edited = setup.updateEscalationRule(owner, rule.id(),
				new NewEscalationRule(EscalationTrigger.WARNING, Role.OWNER, null,
						Set.of(EscalationChannel.IN_APP, EscalationChannel.EMAIL), null, true, null, Priority.URGENT,
						null));
		assertThat(setup.escalationRules(owner)).containsExactly(edited);
		assertThat(edited.id()).isEqualTo(rule.id());
		assertThat(edited.trigger()).isEqualTo(EscalationTrigger.WARNING);
		assertThat(edited.reassign()).isTrue();
		assertThat(edited.matchPriority()).isEqualTo(Priority.URGENT);
	}

	@Test
	void aTaskFiledUnderACustomersScopeIsSeenByTheAssistantLimitedToIt() {
		var ws = fixtures.workspace("scoped");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_VIEW));
		var freja = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Carlsberg"));
		Membership assistant = fixtures.as(freja, () -> policy.require(ws.slug(), Permission.WORK_VIEW));
		WorkItemView forCarlsberg = work
			.createTask(
					owner, new NewWorkItem("data-entry", "Enter Carlsberg's orders", null, null, null,
							List.of("orders"), "Carlsberg", "customer:Carlsberg", null),
					"Orders from the portal, week 49");
		work.create(owner, NewWorkItem.of("data-entry", "Internal"));
		WorkItemView hers = work.createTask(assistant, new NewWorkItem("data-entry", "Call Carlsberg back", null, null,
				null, null, null, "customer:Carlsberg", null), null);
		assertThat(work.queue(assistant, QueueFilter.open(), PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
			.containsExactlyInAnyOrder(forCarlsberg.id(), hers.id());
		assertThat(work.timeline(owner, forCarlsberg.id())).filteredOn(e -> e.kind() == TimelineKind.NOTE)
			.singleElement()
			.satisfies(e -> assertThat(e.data()).containsEntry("text", "Orders from the portal, week 49"));
	}

}
