package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkQueueTests {

	static final String ALWAYS = "mon-sun 00:00-24:00";

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkspaceManagement workspaces;

	Membership as(TestFixtures.Member member, TestFixtures.Ws ws) {
		return fixtures.as(member, () -> policy.require(ws.slug(), Permission.WORK_VIEW));
	}

	@Test
	void createsAnItemWithATimelineAndRecordsViewsOncePerWindow() {
		var ws = fixtures.workspace("work");
		Membership owner = as(ws.owner(), ws);
		WorkItemView item = work.create(owner, new NewWorkItem("travel", "Book flight CPH-MUC", Priority.HIGH, null,
				null, List.of("flights"), "ACME", null, List.of("shipment:4711")));
		assertThat(item.status()).isEqualTo(WorkStatus.NEW);
		assertThat(item.reference()).startsWith("W-");
		work.item(owner, item.id());
		work.item(owner, item.id());
		work.addNote(owner, item.id(), "Customer prefers aisle seats");
		work.logChat(owner, item.id(), "whatsapp", "Can you book the 10:05?");
		assertThat(work.timeline(owner, item.id())).extracting(TimelineEntry::kind)
			.containsExactly(TimelineKind.CREATED, TimelineKind.VIEWED, TimelineKind.NOTE, TimelineKind.CHAT_LOGGED);
	}

	@Test
	void refusesToResolveUntilARequiredChecklistIsTicked() {
		var ws = fixtures.workspace("work");
		Membership owner = as(ws.owner(), ws);
		setup.publishSop(owner, new NewSop("bookkeeping", "# Month end", List.of("Receipts", "Bank"), true));
		WorkItemView item = work.create(owner, NewWorkItem.of("bookkeeping", "November books"));
		work.tick(owner, item.id(), 0);
		assertThatThrownBy(() -> work.resolve(owner, item.id())).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("checklist");
		ChecklistView list = work.tick(owner, item.id(), 1);
		assertThat(list.complete()).isTrue();
		assertThat(work.resolve(owner, item.id()).status()).isEqualTo(WorkStatus.RESOLVED);
		assertThat(work.timeline(owner, item.id())).extracting(TimelineEntry::kind)
			.contains(TimelineKind.CHECKLIST_TICKED, TimelineKind.STATUS_CHANGED);
	}

	@Test
	void scopedAssistantsSeeOnlyTheirScopes() {
		var ws = fixtures.workspace("work");
		Membership owner = as(ws.owner(), ws);
		var scoped = fixtures.member(ws, Role.ASSISTANT, null, new ScopeRef("customer", "ACME"));
		WorkItemView acme = work.create(owner,
				new NewWorkItem("data-entry", "ACME orders", null, null, null, null, "ACME", "customer:ACME", null));
		WorkItemView other = work.create(owner, NewWorkItem.of("data-entry", "Other orders"));
		Membership assistant = as(scoped, ws);
		assertThat(work.queue(assistant, QueueFilter.open(), PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
			.containsExactly(acme.id());
		assertThatThrownBy(() -> work.item(assistant, other.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> work.create(assistant, NewWorkItem.of("data-entry", "No scope")))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theMergedQueueSpansEveryGrantedWorkspaceWithinItsScopes() {
		var a = fixtures.workspace("merged-a");
		var b = fixtures.workspace("merged-b");
		var person = fixtures.person("va");
		var inA = fixtures.join(a, person, Role.ASSISTANT, null, true);
		var inB = fixtures.join(b, person, Role.ASSISTANT, null, true, new ScopeRef("customer", "BETA"));
		WorkItemView itemA = work.create(as(a.owner(), a), NewWorkItem.of("travel", "Trip A"));
		WorkItemView itemB = work.create(as(b.owner(), b),
				new NewWorkItem("travel", "Trip B", null, null, null, null, "BETA", "customer:BETA", null));
		work.create(as(b.owner(), b), NewWorkItem.of("travel", "Not for the VA"));
		var rows = fixtures.as(inA, () -> work.mergedQueue(QueueFilter.open(), PageRequest.of(0, 50)));
		assertThat(rows.items()).extracting(QueueRow::id).containsExactlyInAnyOrder(itemA.id(), itemB.id());
		assertThat(rows.items()).extracting(QueueRow::workspaceSlug).containsExactlyInAnyOrder(a.slug(), b.slug());
		assertThat(inB.member().id()).isNotEqualTo(inA.member().id());
	}

	@Test
	void queueSortsBreachedFirstThenNearestDueAndFilters() {
		var ws = fixtures.workspace("work");
		Membership owner = as(ws.owner(), ws);
		setup.setCalendar(owner, new CalendarView("UTC", ALWAYS, null, null, List.of()));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Urgent", Priority.URGENT, null, 30, null, null, null));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Others", null, null, 240, null, null, null));
		WorkItemView slow = work.create(owner, NewWorkItem.of("phone", "Call back"));
		WorkItemView fast = work.create(owner,
				new NewWorkItem("phone", "Call now", Priority.URGENT, null, null, List.of("vip"), null, null, null));
		WorkItemView none = work.create(owner,
				new NewWorkItem("misc", "No SLA", Priority.LOW, null, null, null, null, null, null));
		assertThat(work.queue(owner, QueueFilter.open(), PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
			.containsSubsequence(fast.id(), slow.id());
		assertThat(work
			.queue(owner, new QueueFilter(false, false, null, null, "vip", null, Set.of()), PageRequest.of(0, 50))
			.items()).extracting(QueueRow::id).containsExactly(fast.id());
		assertThat(none.sla().nextDue()).isNotNull();
		work.changeStatus(owner, fast.id(), WorkStatus.WAITING_ON_CUSTOMER);
		assertThat(work.item(owner, fast.id()).sla().paused()).isTrue();
		assertThat(work.item(owner, fast.id()).sla().nextDue()).isNull();
		assertThat(work.changeStatus(owner, fast.id(), WorkStatus.OPEN).sla().nextDue()).isNotNull();
	}

	@Test
	void rendersSavedRepliesWithTheItemsValues() {
		var ws = fixtures.workspace("work");
		Membership owner = as(ws.owner(), ws);
		SavedReplyView reply = setup.addSavedReply(owner, "da", "Tak",
				"Hej {{customer.name}}, vi har modtaget {{item.reference}}. Mvh {{agent.name}}");
		WorkItemView item = work.create(owner,
				new NewWorkItem("email", "Where is my parcel", null, null, null, null, "Jens Hansen", null, null));
		assertThat(work.renderReply(owner, item.id(), reply.id())).isEqualTo(
				"Hej Jens Hansen, vi har modtaget " + item.reference() + ". Mvh " + ws.owner().member().displayName());
	}

	@Test
	void roundRobinRotatesAmongMembersWorkingNowAndSaysWhenNobodyIs() {
		var ws = fixtures.workspace("work");
		Membership owner = as(ws.owner(), ws);
		WorkItemView lonely = work.create(owner, NewWorkItem.of("travel", "Nobody here"));
		assertThat(work.autoAssign(owner, lonely.id())).isEmpty();
		assertThat(work.timeline(owner, lonely.id())).extracting(TimelineEntry::kind)
			.contains(TimelineKind.NOBODY_TO_ASSIGN);
		List<MemberId> working = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			var m = fixtures.member(ws, Role.ASSISTANT, null);
			workspaces.setSchedule(m.member().id(), "Pacific/Auckland", WorkingPeriod.parseWeek(ALWAYS), null, null);
			working.add(m.member().id());
		}
		fixtures.member(ws, Role.EMPLOYEE, null); // no working hours: never picked
		List<MemberId> picked = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			WorkItemView item = work.create(owner, NewWorkItem.of("travel", "Trip " + i));
			Optional<MemberId> to = work.autoAssign(owner, item.id());
			picked.add(to.orElseThrow());
		}
		assertThat(picked).containsOnlyElementsOf(working);
		assertThat(picked.get(0)).isNotEqualTo(picked.get(1));
		assertThat(picked.get(2)).isEqualTo(picked.get(0));
		assertThat(Map.of()).isEmpty();
	}

	@Test
	void referencesCountPerWorkspaceAndNeverRepeatUnderConcurrentCreates() throws Exception {
		var a = fixtures.workspace("numbers-a");
		var b = fixtures.workspace("numbers-b");
		Membership inA = fixtures.as(a.owner(), () -> policy.require(a.slug(), Permission.WORK_VIEW));
		Membership inB = fixtures.as(b.owner(), () -> policy.require(b.slug(), Permission.WORK_VIEW));
		assertThat(fixtures.as(a.owner(), () -> work.create(inA, NewWorkItem.of("travel", "First in A"))).reference())
			.isEqualTo("W-1");
		assertThat(fixtures.as(b.owner(), () -> work.create(inB, NewWorkItem.of("travel", "First in B"))).reference())
			.as("another workspace's items do not count")
			.isEqualTo("W-1");

		List<java.util.concurrent.Future<String>> created = new ArrayList<>();
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < 20; i++) {
				String title = "Parallel " + i;
				created.add(pool
					.submit(() -> fixtures.as(a.owner(), () -> work.create(inA, NewWorkItem.of("travel", title)))
						.reference()));
			}
		}
		List<String> references = new ArrayList<>();
		for (var f : created) {
			references.add(f.get());
		}
		assertThat(references).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					java.util.stream.IntStream.rangeClosed(2, 21).mapToObj(n -> "W-" + n).toList());
	}

}
