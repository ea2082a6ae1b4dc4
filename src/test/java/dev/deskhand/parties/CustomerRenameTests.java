package dev.deskhand.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.Priority;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Renaming a customer keeps the members scoped to it on its work: their grants, its items
 * (with a party or only filed under its scope) and its documents move to the new name.
 */
@IntegrationTest
class CustomerRenameTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	PartyManagement parties;

	@Autowired
	WorkQueue work;

	@Autowired
	DocumentStore documents;

	@Autowired
	AccessPolicy policy;

	@Test
	void aScopedAssistantStillSeesHerCustomersWorkAfterARename() {
		var ws = fixtures.workspace("rename");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Carlsberg"),
				ScopeRef.parse("mailbox:ops@nordhavn.test"));
		var other = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Tuborg"));
		PartyView carlsberg = fixtures.as(ws.owner(), () -> {
			Membership m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Tuborg", "da"));
			return parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example"));
		});
		WorkItemView withParty = fixtures.as(ws.owner(),
				() -> work.create(policy.require(ws.slug(), Permission.WORK_VIEW), new NewWorkItem("email",
						"Paller til Fredericia", Priority.NORMAL, null, null, null, null, null, null, carlsberg.id())));
		WorkItemView scopedOnly = fixtures.as(ws.owner(),
				() -> work.create(policy.require(ws.slug(), Permission.WORK_VIEW), new NewWorkItem("task",
						"Toldpapirer", Priority.NORMAL, null, null, null, null, "customer:Carlsberg", null, null)));
		DocumentView pod = documents.storeForSystem(ws.view().id(), "pod-carlsberg.txt",
				new ByteArrayInputStream("Leveret til rampe 4".getBytes(StandardCharsets.UTF_8)),
				ScopeRef.parse("customer:Carlsberg"));
		assertThat(withParty.scope()).isEqualTo("customer:Carlsberg");

		fixtures.as(ws.owner(), () -> parties.update(policy.require(ws.slug(), Permission.PARTIES_MANAGE),
				carlsberg.id(), NewParty.of(PartyKind.CUSTOMER, "Carlsberg Danmark", "da", "carlsberg.example")));

		assertThat(fixtures.grantOf(assistant).scopes()).as("in the rename's own transaction")
			.containsExactly(ScopeRef.parse("customer:Carlsberg Danmark"), ScopeRef.parse("mailbox:ops@nordhavn.test"));
		assertThat(fixtures.grantOf(other).scopes()).containsExactly(ScopeRef.parse("customer:Tuborg"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(queue(assistant, ws)).extracting(QueueRow::id)
				.containsExactlyInAnyOrder(withParty.id(), scopedOnly.id()));
		assertThat(fixtures.as(assistant,
				() -> documents.find(policy.require(ws.slug(), Permission.DOCUMENTS_VIEW), pod.id())))
			.as("the customer's files moved with it")
			.isPresent();
		assertThat(queue(other, ws)).isEmpty();
		assertThat(fixtures.as(other,
				() -> documents.find(policy.require(ws.slug(), Permission.DOCUMENTS_VIEW), pod.id())))
			.isEmpty();
	}

	private java.util.List<QueueRow> queue(TestFixtures.Member who, TestFixtures.Ws ws) {
		return fixtures.as(who,
				() -> work
					.queue(policy.require(ws.slug(), Permission.WORK_VIEW),
							new QueueFilter(false, false, null, null, null, null, Set.of(WorkStatus.values())),
							PageRequest.of(0, 50))
					.items());
	}

}
