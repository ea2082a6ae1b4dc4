package dev.deskhand.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.internal.ExceptionClock;
import dev.deskhand.shipments.internal.ExceptionEvaluation;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.audit.AuditLog;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.Priority;
import dev.deskhand.work.TimelineEntry;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.work.WorkSource;
import dev.deskhand.work.WorkStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tracking exceptions end to end: each kind of rule raises once per shipment while its
 * condition holds and resolves when the problem goes away, also with two evaluators at
 * once; the work module opens one item per exception with the rule's type (its SOP), SLA
 * policy and priority, titled in the team's language, and resolves it with the reason on
 * its timeline.
 */
@IntegrationTest
class TrackingExceptionTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	TrackingRules rules;

	@Autowired
	ExceptionEvaluation evaluation;

	@Autowired
	ExceptionClock exceptionClock;

	@Autowired
	PartyManagement parties;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TransactionTemplate tx;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	ShipmentRows rows() {
		return new ShipmentRows(jdbc);
	}

	record Setup(TestFixtures.Ws ws, WorkspaceId id, Membership manage, Membership view, PartyView lego) {
	}

	Setup workspace() {
		var ws = fixtures.workspace("exceptions", "da");
		Membership manage = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.SHIPMENTS_MANAGE));
		Membership view = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_VIEW));
		PartyView lego = parties.create(
				fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.PARTIES_MANAGE)),
				NewParty.of(PartyKind.CUSTOMER, "LEGO", "da"));
		return new Setup(ws, ws.view().id(), manage, view, lego);
	}

	/** The shipment's items, through the work module's mapping table. */
	List<UUID> items(UUID shipment) {
		return jdbc.sql("""
				select ti.item_id from work.tracking_exception_item ti
				join shipments.tracking_exception x on x.id = ti.exception_id
				where x.shipment_id = ? and ti.item_id is not null order by x.raised_at""")
			.param(shipment)
			.query(UUID.class)
			.list();
	}

	WorkItemView awaitItem(Setup s, UUID shipment) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !items(shipment).isEmpty());
		return work.item(s.view(), new WorkItemId(items(shipment).getFirst()));
	}

	void inTransaction(Runnable r) {
		tx.executeWithoutResult(status -> r.run());
	}

	@Test
	void theClockLeavesAShipmentItsImportJudgedInTheLastMinuteToTheNextTick() {
		Setup s = workspace();
		rules.add(s.manage(), new NewTrackingRule("Ingen nyt", true, "stale", 24, null, null, null, null, "tracking",
				null, "NORMAL"));
		UUID shipment = rows().shipment(s.id(), "departed", now.minus(30, ChronoUnit.HOURS), null, null, null);
		// its events were stored just now (the import judged it then; here it was not)
		jdbc.sql("update shipments.shipment set updated_at = ? where id = ?")
			.params(java.sql.Timestamp.from(now.minusSeconds(20)), shipment)
			.update();
		exceptionClock.tick(s.id(), now);
		assertThat(rows().all(shipment)).as("left to the next tick").isZero();
		exceptionClock.tick(s.id(), now.plusSeconds(60));
		assertThat(rows().open(shipment)).isEqualTo(1);
	}

	@Test
	void aStaleShipmentRaisesOnceOpensAnItemWithItsSopInDanishAndANewEventResolvesBoth() {
		Setup s = workspace();
		setup.publishSop(fixtures.as(s.ws().owner(), () -> policy.require(s.ws().slug(), Permission.WORK_MANAGE)),
				new NewSop("tracking", "# Ingen sporingsnyt\nRing til rederiet.", List.of("Ring til rederiet"), false));
		var sla = setup.addSlaPolicy(
				fixtures.as(s.ws().owner(), () -> policy.require(s.ws().slug(), Permission.WORK_MANAGE)),
				new NewSlaPolicy(null, "Sporing", null, null, 30, null, 240, null));
		TrackingRuleView rule = rules.add(s.manage(), new NewTrackingRule("Ingen nyt i 2 døgn", true, "stale", 48, null,
				null, null, null, "tracking", sla.id(), "HIGH"));
		UUID shipment = rows().shipment(s.id(), "departed", now.minus(50, ChronoUnit.HOURS), s.lego().id().value(),
				null, null);

		exceptionClock.tick(s.id(), now);
		exceptionClock.tick(s.id(), now.plusSeconds(60));
		inTransaction(() -> evaluation.afterEvents(s.id(), List.of(shipment)));
		assertThat(rows().all(shipment)).isEqualTo(1);
		assertThat(rows().open(shipment)).isEqualTo(1);

		WorkItemView item = awaitItem(s, shipment);
		long number = rows().number(shipment);
		assertThat(item.title()).isEqualTo("Forsendelse S-" + number + ": ingen sporingsnyt i 50 timer · LEGO");
		assertThat(item.type()).isEqualTo("tracking");
		assertThat(item.priority()).isEqualTo(Priority.HIGH);
		assertThat(item.source()).isEqualTo(WorkSource.EVENT);
		assertThat(item.scope()).isEqualTo("customer:LEGO");
		assertThat(item.party()).isEqualTo(s.lego().id());
		assertThat(item.links()).containsExactly("shipment:" + shipment);
		assertThat(setup.sop(s.view(), item.type()))
			.hasValueSatisfying(sop -> assertThat(sop.checklist()).containsExactly("Ring til rederiet"));
		assertThat(jdbc.sql("select sla_policy_id from work.item where id = ?")
			.param(item.id().value())
			.query(UUID.class)
			.single()).isEqualTo(sla.id());
		assertThat(timeline(s, item)).extracting(TimelineEntry::kind).contains(TimelineKind.TRACKING_EXCEPTION_RAISED);

		inTransaction(() -> {
			rows().actual(s.id(), shipment, "arrived", "DEHAM", now.plusSeconds(120));
			evaluation.afterEvents(s.id(), List.of(shipment));
		});
		assertThat(rows().resolutions(shipment)).containsExactly("event");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> work.item(s.view(), item.id()).status() == WorkStatus.RESOLVED);
		TimelineEntry resolved = timeline(s, item).stream()
			.filter(e -> e.kind() == TimelineKind.TRACKING_EXCEPTION_RESOLVED)
			.findFirst()
			.orElseThrow();
		assertThat(resolved.data()).containsEntry("reason", "event").containsEntry("status", "arrived");
		assertThat(rule.kind()).isEqualTo("stale");
	}

	@Test
	void theExceptionsOneTickRaisesComeAsOneEventAndOpenTheirItemsTogether() {
		Setup s = workspace();
		Membership manageWork = fixtures.as(s.ws().owner(),
				() -> policy.require(s.ws().slug(), Permission.WORK_MANAGE));
		var tracking = setup.addSlaPolicy(manageWork,
				new NewSlaPolicy(null, "Sporing", null, null, 30, null, 240, null));
		var dsvOwn = setup.addSlaPolicy(manageWork, new NewSlaPolicy(null, "DSV", null, null, 10, null, 60, null));
		PartyView dsv = parties.create(
				fixtures.as(s.ws().owner(), () -> policy.require(s.ws().slug(), Permission.PARTIES_MANAGE)),
				new NewParty(PartyKind.CUSTOMER, "DSV", "da", List.of(), null, dsvOwn.id(), List.of()));
		rules.add(s.manage(), new NewTrackingRule("Stale", true, "stale", 24, null, null, null, null, "tracking",
				tracking.id(), "NORMAL"));
		List<UUID> shipments = List.of(
				rows().shipment(s.id(), "departed", now.minus(30, ChronoUnit.HOURS), null, null, null),
				rows().shipment(s.id(), "loaded", now.minus(40, ChronoUnit.HOURS), s.lego().id().value(), null, null),
				rows().shipment(s.id(), "arrived", now.minus(50, ChronoUnit.HOURS), dsv.id().value(), null, null));

		exceptionClock.tick(s.id(), now);
		shipments.forEach(shipment -> awaitItem(s, shipment));
		assertThat(publications("TrackingExceptionsRaised", s)).as("one event for the tick's three exceptions")
			.isEqualTo(1);
		List<Long> numbers = jdbc
			.sql("select i.number from work.item i " + "join work.tracking_exception_item ti on ti.item_id = i.id "
					+ "join shipments.tracking_exception x on x.id = ti.exception_id where x.workspace_id = ? "
					+ "order by i.number")
			.param(s.id().value())
			.query(Long.class)
			.list();
		assertThat(numbers).hasSize(3);
		assertThat(numbers.getLast() - numbers.getFirst()).as("numbered one after the other").isEqualTo(2);
		for (UUID shipment : shipments) {
			WorkItemView item = awaitItem(s, shipment);
			assertThat(timeline(s, item)).extracting(TimelineEntry::kind)
				.filteredOn(kind -> kind != TimelineKind.VIEWED)
				.as("created, then what raised it")
				.containsExactly(TimelineKind.CREATED, TimelineKind.TRACKING_EXCEPTION_RAISED);
			assertThat(jdbc.sql("select sla_policy_id from work.item where id = ?")
				.param(item.id().value())
				.query(UUID.class)
				.single()).as("the rule's SLA policy, also over the customer's own").isEqualTo(tracking.id());
		}
		assertThat(jdbc
			.sql("select count(*) from audit.entry where workspace_id = ? and subject_type = 'work-item' "
					+ "and action = 'CREATE'")
			.param(s.id().value())
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(auditLog.verify(s.id()).ok()).as("the audit chain after one transaction's three entries").isTrue();

		inTransaction(() -> {
			for (UUID shipment : shipments) {
				rows().actual(s.id(), shipment, "delivered", "DEHAM", now.plusSeconds(120));
			}
			evaluation.afterEvents(s.id(), shipments);
		});
		await().atMost(Duration.ofSeconds(20))
			.until(() -> shipments.stream()
				.allMatch(shipment -> work.item(s.view(), new WorkItemId(items(shipment).getFirst()))
					.status() == WorkStatus.RESOLVED));
		assertThat(publications("TrackingExceptionsResolved", s)).isEqualTo(1);
	}

	/**
	 * The event registry's publications of this event type about the workspace, for work.
	 */
	long publications(String eventType, Setup s) {
		return jdbc
			.sql("select count(*) from event_publication where event_type like ? "
					+ "and listener_id like '%WorkItemOnTrackingException%' and serialized_event like ?")
			.params("%." + eventType, "%" + s.id().value() + "%")
			.query(Long.class)
			.single();
	}

	List<TimelineEntry> timeline(Setup s, WorkItemView item) {
		return work.timeline(s.view(), item.id());
	}

	@Test
	void anEtaLaterThanPromisedRaisesOnceAndAnEtaBackWithinThePromiseResolvesIt() {
		Setup s = workspace();
		rules.add(s.manage(), NewTrackingRule.of("Late", TrackingExceptionKind.ETA_SLIP, 24, "delay", "NORMAL"));
		UUID late = rows().shipment(s.id(), "departed", now.minus(1, ChronoUnit.HOURS), null,
				now.plus(24, ChronoUnit.HOURS), now.plus(60, ChronoUnit.HOURS));
		UUID onTime = rows().shipment(s.id(), "departed", now.minus(1, ChronoUnit.HOURS), null,
				now.plus(24, ChronoUnit.HOURS), now.plus(40, ChronoUnit.HOURS));

		inTransaction(() -> evaluation.afterEvents(s.id(), List.of(late, onTime)));
		inTransaction(() -> evaluation.afterEvents(s.id(), List.of(late, onTime)));
		assertThat(rows().open(late)).isEqualTo(1);
		assertThat(rows().all(onTime)).isZero();
		WorkItemView item = awaitItem(s, late);
		// the team's language (the workspace's)
		assertThat(item.title())
			.startsWith("Forsendelse S-" + rows().number(late) + " er forsinket: ETA 36 timer efter");
		assertThat(item.type()).isEqualTo("delay");

		inTransaction(() -> {
			rows().eta(late, now.plus(30, ChronoUnit.HOURS));
			evaluation.afterEvents(s.id(), List.of(late));
		});
		assertThat(rows().resolutions(late)).containsExactly("eta");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> work.item(s.view(), item.id()).status() == WorkStatus.RESOLVED);

		// time passing alone: the promise is over and the shipment is still not delivered
		UUID overdue = rows().shipment(s.id(), "arrived", now.minus(40, ChronoUnit.HOURS), null,
				now.minus(30, ChronoUnit.HOURS), now.minus(35, ChronoUnit.HOURS));
		exceptionClock.tick(s.id(), now);
		assertThat(rows().open(overdue)).isEqualTo(1);
	}

	@Test
	void aMissedCheckpointRaisesAfterItsToleranceAndItsActualEventResolvesIt() {
		Setup s = workspace();
		rules.add(s.manage(),
				NewTrackingRule.of("Missed", TrackingExceptionKind.MISSED_CHECKPOINT, 6, "delay", "HIGH"));
		UUID missed = rows().shipment(s.id(), "gate-in", now.minus(20, ChronoUnit.HOURS), s.lego().id().value(), null,
				null);
		rows().milestone(missed, "departed", "DKAAR", now.minus(10, ChronoUnit.HOURS));
		UUID withinTolerance = rows().shipment(s.id(), "gate-in", now.minus(20, ChronoUnit.HOURS), null, null, null);
		rows().milestone(withinTolerance, "departed", "DKAAR", now.minus(3, ChronoUnit.HOURS));
		UUID laterMet = rows().shipment(s.id(), "gate-in", now.minus(20, ChronoUnit.HOURS), null, null, null);
		rows().milestone(laterMet, "departed", "DKAAR", now.minus(10, ChronoUnit.HOURS));
		rows().milestone(laterMet, "arrived", "DEHAM", now.minus(8, ChronoUnit.HOURS));
		inTransaction(() -> rows().actual(s.id(), laterMet, "arrived", "DEHAM", now.minus(7, ChronoUnit.HOURS)));

		exceptionClock.tick(s.id(), now);
		assertThat(rows().open(missed)).isEqualTo(1);
		assertThat(rows().all(withinTolerance)).isZero();
		assertThat(rows().all(laterMet)).as("a later milestone's event shows the earlier one passed").isZero();
		WorkItemView item = awaitItem(s, missed);
		assertThat(item.title())
			.isEqualTo("Forsendelse S-" + rows().number(missed) + " har misset et checkpoint: afgået i DKAAR · LEGO");

		// an event at another place is not the checkpoint
		inTransaction(() -> {
			rows().actual(s.id(), missed, "departed", "SEGOT", now.minus(1, ChronoUnit.HOURS));
			evaluation.afterEvents(s.id(), List.of(missed));
		});
		assertThat(rows().open(missed)).isEqualTo(1);
		inTransaction(() -> {
			rows().actual(s.id(), missed, "departed", "DKAAR", now.minus(1, ChronoUnit.HOURS));
			evaluation.afterEvents(s.id(), List.of(missed));
		});
		assertThat(rows().resolutions(missed)).containsExactly("checkpoint");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> work.item(s.view(), item.id()).status() == WorkStatus.RESOLVED);
	}

	@Test
	void aCarrierProblemStatusRaisesWhenItArrivesAndResolvesWhenSuperseded() {
		Setup s = workspace();
		rules.add(s.manage(),
				NewTrackingRule.of("Carrier", TrackingExceptionKind.CARRIER_EXCEPTION, 0, "customs", "URGENT"));
		rules.add(s.manage(), new NewTrackingRule("Damage only", true, "carrier-exception", null, List.of("damaged"),
				null, null, null, "damage", null, null));
		UUID shipment = rows().shipment(s.id(), "arrived", now.minus(2, ChronoUnit.HOURS), s.lego().id().value(), null,
				null);

		inTransaction(() -> {
			rows().actual(s.id(), shipment, "customs-hold", "DEHAM", now.minus(1, ChronoUnit.HOURS));
			evaluation.afterEvents(s.id(), List.of(shipment));
		});
		assertThat(rows().resolutions(shipment)).containsExactly("open");
		WorkItemView item = awaitItem(s, shipment);
		assertThat(item.title())
			.isEqualTo("Forsendelse S-" + rows().number(shipment) + ": tilbageholdt i tolden, meldt af MAEU · LEGO");
		assertThat(item.priority()).isEqualTo(Priority.URGENT);

		inTransaction(() -> {
			rows().actual(s.id(), shipment, "customs-released", "DEHAM", now);
			evaluation.afterEvents(s.id(), List.of(shipment));
		});
		assertThat(rows().resolutions(shipment)).containsExactly("status");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> work.item(s.view(), item.id()).status() == WorkStatus.RESOLVED);
	}

	@Test
	void deliveryResolvesEveryOpenExceptionOfTheShipment() {
		Setup s = workspace();
		rules.add(s.manage(), NewTrackingRule.of("Stale", TrackingExceptionKind.STALE, 12, "tracking", "NORMAL"));
		rules.add(s.manage(), NewTrackingRule.of("Late", TrackingExceptionKind.ETA_SLIP, 0, "delay", "NORMAL"));
		UUID shipment = rows().shipment(s.id(), "departed", now.minus(20, ChronoUnit.HOURS), null,
				now.minus(5, ChronoUnit.HOURS), now.plus(5, ChronoUnit.HOURS));
		exceptionClock.tick(s.id(), now);
		assertThat(rows().open(shipment)).isEqualTo(2);

		inTransaction(() -> {
			rows().actual(s.id(), shipment, "delivered", "DKCPH", now);
			evaluation.afterEvents(s.id(), List.of(shipment));
		});
		assertThat(rows().resolutions(shipment)).containsExactly("delivered", "delivered");
	}

	@Test
	void twoEvaluatorsAtOnceRaiseEachExceptionOnceAndOpenOneItem() throws Exception {
		Setup s = workspace();
		rules.add(s.manage(), NewTrackingRule.of("Stale", TrackingExceptionKind.STALE, 24, "tracking", "NORMAL"));
		List<UUID> shipments = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			shipments.add(rows().shipment(s.id(), "departed", now.minus(30, ChronoUnit.HOURS), null, null, null));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 3; round++) {
				CyclicBarrier start = new CyclicBarrier(4);
				List<Future<?>> runs = List.of(pool.submit(() -> {
					start.await();
					return exceptionClock.tick(s.id(), now);
				}), pool.submit(() -> {
					start.await();
					return exceptionClock.tick(s.id(), now);
				}), pool.submit(() -> {
					start.await();
					return tx.execute(t -> evaluation.evaluate(s.id(), shipments, now, null, null));
				}), pool.submit(() -> {
					start.await();
					return tx.execute(t -> evaluation.evaluate(s.id(), shipments.reversed(), now, null, null));
				}));
				for (Future<?> f : runs) {
					f.get();
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		for (UUID shipment : shipments) {
			assertThat(rows().all(shipment)).isEqualTo(1);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> shipments.stream().allMatch(x -> items(x).size() == 1));
		assertThat(jdbc.sql("select count(*) from work.item where workspace_id = ? and type = 'tracking'")
			.param(s.id().value())
			.query(Integer.class)
			.single()).isEqualTo(30);
	}

	@Test
	void aRaiseDeliveredTwiceOpensOneItemAndAResolutionBeforeItsRaiseOpensNone() {
		Setup s = workspace();
		rules.add(s.manage(), NewTrackingRule.of("Stale", TrackingExceptionKind.STALE, 24, "tracking", "NORMAL"));
		UUID shipment = rows().shipment(s.id(), "departed", now.minus(30, ChronoUnit.HOURS), null, null, null);
		exceptionClock.tick(s.id(), now);
		WorkItemView item = awaitItem(s, shipment);
		UUID exception = jdbc.sql("select id from shipments.tracking_exception where shipment_id = ?")
			.param(shipment)
			.query(UUID.class)
			.single();
		TrackingExceptionRaised again = new TrackingExceptionRaised(s.id(), exception, new ShipmentId(shipment), "S-1",
				null, null, "en", null, UUID.randomUUID(), "Stale", "stale", "tracking", null, "NORMAL", null, null,
				null, null, "departed", null, null, null, null, 24, now);
		tx.executeWithoutResult(t -> reactions.raised(again));
		assertThat(items(shipment)).containsExactly(item.id().value());

		UUID early = UUID.randomUUID();
		tx.executeWithoutResult(t -> reactions.resolved(new TrackingExceptionResolved(s.id(), early,
				new ShipmentId(shipment), "S-1", "stale", "Stale", "event", "arrived", null, null, null, null, now)));
		tx.executeWithoutResult(t -> reactions.raised(new TrackingExceptionRaised(s.id(), early,
				new ShipmentId(shipment), "S-1", null, null, "en", null, UUID.randomUUID(), "Stale", "stale",
				"tracking", null, "NORMAL", null, null, null, null, "departed", null, null, null, null, 24, now)));
		assertThat(jdbc.sql("select item_id from work.tracking_exception_item where exception_id = ?")
			.param(early)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.single()).isEmpty();
	}

	@Autowired
	dev.deskhand.work.internal.ShipmentReactions reactions;

	@Test
	void switchingARuleOffOrDeletingItResolvesItsOpenExceptions() {
		Setup s = workspace();
		TrackingRuleView stale = rules.add(s.manage(),
				NewTrackingRule.of("Stale", TrackingExceptionKind.STALE, 24, "tracking", "NORMAL"));
		TrackingRuleView late = rules.add(s.manage(),
				NewTrackingRule.of("Late", TrackingExceptionKind.ETA_SLIP, 1, "delay", "NORMAL"));
		UUID shipment = rows().shipment(s.id(), "departed", now.minus(30, ChronoUnit.HOURS), null,
				now.minus(5, ChronoUnit.HOURS), null);
		exceptionClock.tick(s.id(), now);
		assertThat(rows().open(shipment)).isEqualTo(2);

		rules.update(s.manage(), stale.id(),
				new NewTrackingRule("Stale", false, "stale", 24, null, null, null, null, "tracking", null, "NORMAL"));
		rules.delete(s.manage(), late.id());
		assertThat(rows().open(shipment)).isZero();
		assertThat(rows().resolutions(shipment)).containsExactlyInAnyOrder("rule-off", "rule-deleted");
		assertThat(rules.rules(s.view())).extracting(TrackingRuleView::name).containsExactly("Stale");
	}

	@Autowired
	ShipmentManagement shipments;

	@Test
	void anImportedProblemEventOpensTheItemAndALaterImportedEventResolvesIt() {
		Setup s = workspace();
		rules.add(s.manage(),
				NewTrackingRule.of("Carrier", TrackingExceptionKind.CARRIER_EXCEPTION, 0, "customs", "HIGH"));
		String held = """
				{"events": [
				  {"external_id": "e-1", "reference": "BK-7001", "status": "departed", "event_time": "%s"},
				  {"external_id": "e-2", "reference": "BK-7001", "status": "customs-hold", "event_time": "%s"}
				]}""".formatted(now.minus(5, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));
		shipments.importEvents(s.manage(), "held.json", held.getBytes(java.nio.charset.StandardCharsets.UTF_8), "json",
				null, java.util.Locale.ENGLISH);
		UUID shipment = jdbc
			.sql("select shipment_id from shipments.shipment_reference where workspace_id = ? and value = 'BK7001'")
			.param(s.id().value())
			.query(UUID.class)
			.single();
		assertThat(rows().resolutions(shipment)).containsExactly("open");
		WorkItemView item = awaitItem(s, shipment);
		assertThat(item.type()).isEqualTo("customs");
		assertThat(item.title()).startsWith("Forsendelse S-" + rows().number(shipment) + ": tilbageholdt i tolden");

		String released = """
				{"events": [
				  {"external_id": "e-3", "reference": "BK-7001", "status": "customs-released", "event_time": "%s"}
				]}""".formatted(now);
		shipments.importEvents(s.manage(), "released.json", released.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"json", null, java.util.Locale.ENGLISH);
		assertThat(rows().resolutions(shipment)).containsExactly("status");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> work.item(s.view(), item.id()).status() == WorkStatus.RESOLVED);
	}

	@Test
	void refusesABadRuleNamingTheField() {
		Setup s = workspace();
		assertThatThrownBy(() -> rules.add(s.manage(),
				new NewTrackingRule("X", true, "late", 2, null, null, null, null, "delay", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/kind"));
		assertThatThrownBy(() -> rules.add(s.manage(),
				new NewTrackingRule("X", true, "carrier-exception", null, List.of("delayed", "stuck"), null, null, null,
						"delay", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/statuses/1"));
		assertThatThrownBy(() -> rules.add(s.manage(),
				new NewTrackingRule("X", true, "stale", 0, null, null, null, null, "delay", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/hours"));
		assertThatThrownBy(() -> rules.add(s.manage(),
				new NewTrackingRule("X", true, "stale", 4, null, UUID.randomUUID(), null, null, "delay", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/customer"));
		assertThatThrownBy(() -> rules.add(s.manage(),
				new NewTrackingRule("X", true, "stale", 4, null, null, null, "ship", "delay", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/mode"));
		assertThatThrownBy(() -> rules.add(s.manage(),
				new NewTrackingRule("X", true, "stale", 4, null, null, null, null, "Delay Now", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/workType"));
		rules.add(s.manage(), NewTrackingRule.of("Late ocean", TrackingExceptionKind.ETA_SLIP, 12, "delay", "HIGH"));
		assertThatThrownBy(() -> rules.add(s.manage(),
				NewTrackingRule.of("LATE OCEAN", TrackingExceptionKind.STALE, 12, "delay", "HIGH")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/name"));
		assertThat(rules.addSuggested(s.manage())).hasSize(4);
		assertThat(rules.addSuggested(s.manage())).isEmpty();
	}

}
