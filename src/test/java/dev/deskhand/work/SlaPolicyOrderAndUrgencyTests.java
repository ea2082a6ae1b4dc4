package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SLA policies keep an explicit order that managers change, a new specific policy is not
 * shadowed by a catch-all, and the queue sorts by urgency (priority and time left).
 */
@IntegrationTest
class SlaPolicyOrderAndUrgencyTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	AccessPolicy policy;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	Membership owner(TestFixtures.Ws ws) {
		return fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_VIEW));
	}

	@Test
	void aPolicyAddedAfterACatchAllGoesBeforeItAndApplies() {
		var ws = fixtures.workspace("slaorder");
		Membership owner = owner(ws);
		setup.setCalendar(owner, new CalendarView("UTC", WorkQueueTests.ALWAYS, null, null, List.of()));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Standard", null, null, 240, null, 2880, null));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Urgent", Priority.URGENT, null, 30, null, 240, null));
		assertThat(setup.slaPolicies(owner)).extracting(SlaPolicyView::name, SlaPolicyView::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Urgent", 1),
					org.assertj.core.groups.Tuple.tuple("Standard", 2));
		Instant before = Instant.now();
		WorkItemView urgent = work.create(owner, new NewWorkItem("email", "Truck stuck at the border", Priority.URGENT,
				null, null, null, null, null, null));
		assertThat(urgent.sla().firstResponseDue()).isBetween(before.plus(Duration.ofMinutes(29)),
				before.plus(Duration.ofMinutes(31)));
	}

	@Test
	void managersMoveAndReorderPoliciesAndEditThemInPlace() {
		var ws = fixtures.workspace("slaorder");
		Membership owner = owner(ws);
		SlaPolicyView a = setup.addSlaPolicy(owner,
				new NewSlaPolicy(null, "A", Priority.HIGH, null, 60, null, null, null));
		SlaPolicyView b = setup.addSlaPolicy(owner,
				new NewSlaPolicy(null, "B", Priority.LOW, null, 60, null, null, null));
		SlaPolicyView c = setup.addSlaPolicy(owner, new NewSlaPolicy(1, "C", null, "travel", 60, null, null, null));
		assertThat(setup.slaPolicies(owner)).extracting(SlaPolicyView::name).containsExactly("C", "A", "B");
		setup.moveSlaPolicy(owner, b.id(), true);
		assertThat(setup.slaPolicies(owner)).extracting(SlaPolicyView::name).containsExactly("C", "B", "A");
		setup.reorderSlaPolicies(owner, List.of(a.id(), b.id(), c.id()));
		assertThat(setup.slaPolicies(owner)).extracting(SlaPolicyView::name, SlaPolicyView::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1), org.assertj.core.groups.Tuple.tuple("B", 2),
					org.assertj.core.groups.Tuple.tuple("C", 3));
		assertThatThrownBy(() -> setup.reorderSlaPolicies(owner, List.of(a.id(), UUID.randomUUID(), c.id())))
			.isInstanceOf(InvalidInputException.class)
			.extracting(e -> ((InvalidInputException) e).field())
			.isEqualTo("/order");
		SlaPolicyView edited = setup.updateSlaPolicy(owner, a.id(),
				new NewSlaPolicy(null, "A+", Priority.URGENT, null, 15, null, 120, 0.75));
		assertThat(setup.slaPolicies(owner)).filteredOn(p -> p.id().equals(a.id())).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("A+");
			assertThat(p.position()).isEqualTo(1);
			assertThat(p.firstResponseMinutes()).isEqualTo(15);
			assertThat(p.resolutionMinutes()).isEqualTo(120);
		});
		assertThat(edited.matchPriority()).isEqualTo(Priority.URGENT);
	}

	@Test
	void anUrgentItemSortsAboveNormalOnesDueAtTheSameTime() {
		var ws = fixtures.workspace("urgency");
		Membership owner = owner(ws);
		Instant in3h = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		WorkItemView normal = work.create(owner, new NewWorkItem("email", "Normal, due in 2 h", Priority.NORMAL, null,
				in3h.minus(Duration.ofHours(1)), null, null, null, null));
		WorkItemView urgent = work.create(owner,
				new NewWorkItem("email", "Urgent, due in 3 h", Priority.URGENT, null, in3h, null, null, null, null));
		WorkItemView low = work.create(owner, new NewWorkItem("email", "Low, due in 1 h", Priority.LOW, null,
				in3h.minus(Duration.ofHours(2)), null, null, null, null));
		WorkItemView noDue = work.create(owner, NewWorkItem.of("email", "No due"));
		assertThat(work.queue(owner, QueueFilter.open(), PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
			.containsExactly(urgent.id(), normal.id(), low.id(), noDue.id());
		// raising the priority moves it up at once
		work.update(owner, low.id(), WorkItemChange.priority(Priority.HIGH));
		assertThat(work.queue(owner, QueueFilter.open(), PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
			.startsWith(urgent.id(), low.id(), normal.id());
	}

	@Test
	void breachingSoonHoldsOnlyItemsNearTheirTarget() {
		var ws = fixtures.workspace("soon");
		Membership owner = owner(ws);
		setup.setCalendar(owner, new CalendarView("UTC", WorkQueueTests.ALWAYS, null, null, List.of()));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Short", Priority.HIGH, null, 30, null, null, null));
		setup.addSlaPolicy(owner, new NewSlaPolicy(null, "Standard", null, null, 480, null, 2880, null));
		WorkItemView close = work.create(owner,
				new NewWorkItem("email", "Due in 30 min", Priority.HIGH, null, null, null, null, null, null));
		WorkItemView far = work.create(owner, NewWorkItem.of("email", "Due in 8 h"));
		QueueFilter soon = new QueueFilter(false, false, Duration.ofHours(1), null, null, null, Set.of());
		assertThat(work.queue(owner, soon, PageRequest.of(0, 50)).items()).extracting(QueueRow::id)
			.containsExactly(close.id())
			.doesNotContain(far.id());
	}

	@Test
	void theQueuesUrgencyOrderIsReadFromTheIndexWithoutASort() {
		var ws = fixtures.workspace("urgency-plan");
		String plan = tx.execute(status -> {
			// a handful of rows would be read whole and sorted; what matters is that the
			// index can give the order
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local enable_bitmapscan = off").update();
			jdbc.sql("set local enable_sort = off").update();
			return String.join("\n", jdbc.sql("explain select id from work.item where (workspace_id = ?) "
					+ "and status not in ('RESOLVED', 'CLOSED') order by breached desc, urgency asc nulls last, id limit 50")
				.param(ws.view().id().value())
				.query(String.class)
				.list());
		});
		assertThat(plan).contains("item_queue").doesNotContain("Sort");
	}

}
