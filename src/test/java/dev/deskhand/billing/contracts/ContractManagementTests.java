package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewRate;
import static dev.deskhand.billing.contracts.ContractWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.ContractEnded;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractStarted;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.ContractView.Status;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.Money;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A contract's life: offered as a draft, its clauses accepted by the assistant (the last
 * one activates it and extends the assistant's grant to its end), new rates from a day
 * on, ended with the grant revoked; and who sees what.
 */
@IntegrationTest
@RecordApplicationEvents
class ContractManagementTests {

	@Autowired
	ContractWorld world;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ContractManagement contracts;

	@Autowired
	AccessManagement access;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	ApplicationEvents events;

	@Test
	void acceptingTheLastClauseActivatesTheContractAndTheGrantFollowsItToItsEnd() {
		var ws = fixtures.workspace("contracts");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		workspaces.setSchedule(katrine.member().id(), "Europe/Copenhagen",
				WorkingPeriod.parseWeek("mon-fri 08:00-16:00"), null, null);
		ContractView offered = world.offer(ws, katrine, ClauseKind.NDA, ClauseKind.IP_ASSIGNMENT);
		assertThat(offered.status()).isEqualTo(Status.DRAFT);
		assertThat(offered.clauses()).extracting(ContractView.Clause::clause)
			.containsExactly(ClauseKind.NDA, ClauseKind.IP_ASSIGNMENT);
		var member = workspaces.findMember(katrine.member().id()).orElseThrow();
		assertThat(member.overlapStart()).isEqualTo(LocalTime.of(9, 0));
		assertThat(member.overlapEnd()).isEqualTo(LocalTime.of(12, 0));
		assertThat(member.workingHours()).isEqualTo(WorkingPeriod.parseWeek("mon-fri 08:00-16:00"));
		assertThat(fixtures.grantOf(katrine).validUntil()).isNull();

		Membership own = world.as(katrine, ws, Permission.BILLING_VIEW);
		ContractView half = contracts.acceptClause(own, offered.id(), ClauseKind.NDA, 1);
		assertThat(half.status()).isEqualTo(Status.DRAFT);
		assertThat(half.clauses().get(0).acceptedBy()).isEqualTo(katrine.member().id());
		assertThat(half.clauses().get(0).acceptedAt()).isNotNull();
		ContractView active = contracts.acceptClause(own, offered.id(), ClauseKind.IP_ASSIGNMENT, 1);
		assertThat(active.status()).isEqualTo(Status.ACTIVE);
		// accepting again changes nothing
		assertThat(contracts.acceptClause(own, offered.id(), ClauseKind.NDA, 1).clauses().get(0).acceptedAt())
			.isEqualTo(half.clauses().get(0).acceptedAt());
		assertThat(fixtures.grantOf(katrine).validUntil())
			.isEqualTo(offered.endsOn().plusDays(1).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
		assertThat(events.stream(ContractStarted.class).filter(e -> e.contract().equals(offered.id()))).hasSize(1);
		assertThat(events.stream(AuditableChange.class)
			.filter(e -> e.subjectId().equals(offered.id().toString()))
			.map(AuditableChange::summary)).contains("Contract HOURLY for " + katrine.person().displayName(),
					"Clause NDA v1 accepted by " + katrine.person().displayName(),
					"Contract activated for " + katrine.person().displayName());

		ContractView ended = contracts.end(world.as(ws.owner(), ws, Permission.BILLING_MANAGE), offered.id(),
				"Project finished");
		assertThat(ended.status()).isEqualTo(Status.ENDED);
		assertThat(ended.endsOn()).isEqualTo(TODAY);
		assertThat(ended.endReason()).isEqualTo("Project finished");
		assertThat(access.liveGrant(katrine.member().id())).isEmpty();
		assertThat(events.stream(ContractEnded.class).filter(e -> e.contract().equals(offered.id()))).hasSize(1);
	}

	@Test
	void aContractWithoutClausesIsActiveAtOnceAndTheOwnerCannotAcceptForTheAssistant() {
		var ws = fixtures.workspace("contracts");
		var freja = fixtures.member(ws, Role.ASSISTANT, null);
		ContractView active = world.offer(ws, freja);
		assertThat(active.status()).isEqualTo(Status.ACTIVE);
		assertThat(contracts.liveContracts(ws.view().id())).extracting(ContractView::id).containsExactly(active.id());

		var jonas = fixtures.member(ws, Role.ASSISTANT, null);
		ContractView draft = world.offer(ws, jonas, ClauseKind.AUDIT_RIGHTS);
		assertThatThrownBy(() -> contracts.acceptClause(world.as(ws.owner(), ws, Permission.BILLING_MANAGE), draft.id(),
				ClauseKind.AUDIT_RIGHTS, 1))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void anAssistantSeesOnlyHerOwnContractAndRatesOthersGetNotFound() {
		var ws = fixtures.workspace("contracts");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		var freja = fixtures.member(ws, Role.ASSISTANT, null);
		var manager = fixtures.member(ws, Role.MANAGER, null);
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		ContractView hers = world.offer(ws, katrine);
		ContractView other = world.offer(ws, freja);

		Membership k = world.as(katrine, ws, Permission.BILLING_VIEW);
		assertThat(contracts.contracts(k)).extracting(ContractView::id).containsExactly(hers.id());
		assertThat(contracts.contract(k, hers.id()).rates()).extracting(r -> r.amount())
			.containsExactly(Money.of("425.00", "DKK"));
		assertThatThrownBy(() -> contracts.contract(k, other.id())).isInstanceOf(NotFoundException.class);
		Membership m = world.as(manager, ws, Permission.BILLING_VIEW);
		assertThat(contracts.contracts(m)).isEmpty();
		assertThatThrownBy(() -> contracts.contract(m, hers.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> contracts.addRate(m, hers.id(),
				new NewRate(RateKind.HOURLY, null, TODAY.plusDays(1), BigDecimal.ONE)))
			.isInstanceOf(AccessDenied.class);
		Membership e = world.as(employee, ws, Permission.WORK_VIEW);
		assertThatThrownBy(() -> contracts.contracts(e)).isInstanceOf(AccessDenied.class);
		Membership owner = world.as(ws.owner(), ws, Permission.BILLING_MANAGE);
		assertThat(contracts.contracts(owner)).extracting(ContractView::id)
			.containsExactlyInAnyOrder(hers.id(), other.id());
		// another workspace's owner does not find it either
		var elsewhere = fixtures.workspace("contracts");
		assertThatThrownBy(
				() -> contracts.contract(world.as(elsewhere.owner(), elsewhere, Permission.BILLING_MANAGE), hers.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aNewRateTakesOverFromItsDateAndPastRatesAreNeverChanged() {
		var ws = fixtures.workspace("contracts");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		ContractView c = world.offer(ws, katrine);
		Membership owner = world.as(ws.owner(), ws, Permission.BILLING_MANAGE);
		ContractView raised = contracts.addRate(owner, c.id(),
				new NewRate(RateKind.HOURLY, null, TODAY.plusDays(5), new BigDecimal("450")));
		assertThat(raised.rates()).hasSize(2);
		assertThat(raised.rateOn(RateKind.HOURLY, "", TODAY)).contains(Money.of("425.00", "DKK"));
		assertThat(raised.rateOn(RateKind.HOURLY, "", TODAY.plusDays(5))).contains(Money.of("450.00", "DKK"));
		assertThat(raised.ratesFrom(TODAY)).extracting(r -> r.effectiveFrom())
			.containsExactly(TODAY.minusDays(10), TODAY.plusDays(5));
		assertThat(raised.ratesFrom(TODAY.plusDays(6))).extracting(r -> r.effectiveFrom())
			.containsExactly(TODAY.plusDays(5));
		ContractTestSupport.refused(
				() -> contracts.addRate(owner, c.id(),
						new NewRate(RateKind.HOURLY, null, TODAY.minusDays(1), new BigDecimal("500"))),
				"/effectiveFrom", "billing.contract.error.ratePast");
		ContractTestSupport.refused(
				() -> contracts.addRate(owner, c.id(),
						new NewRate(RateKind.HOURLY, null, TODAY.plusDays(5), new BigDecimal("500"))),
				"/effectiveFrom", "billing.contract.error.rateExists");
		ContractTestSupport.refused(
				() -> contracts.addRate(owner, c.id(),
						new NewRate(RateKind.TASK, "travel", TODAY.plusDays(7), new BigDecimal("500"))),
				"/kind", "billing.contract.error.rateKind");
		assertThat(contracts.contract(owner, c.id()).rates()).hasSize(2);
	}

	@Test
	void aRetainerKeepsItsHoursFeeAndOverageAndPerTaskPricesTheirWorkTypes() {
		var ws = fixtures.workspace("contracts");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		var freja = fixtures.member(ws, Role.ASSISTANT, null);
		Membership owner = world.as(ws.owner(), ws, Permission.BILLING_MANAGE);
		ContractView retainer = contracts.create(owner,
				new NewContract(katrine.member().id().value(), world.issuer(katrine).id(),
						dev.deskhand.billing.ContractKind.RETAINER, "eur", dev.deskhand.billing.BillingPeriod.WEEKLY,
						TODAY, null, null, null, new BigDecimal("20"), null, null, null,
						java.util.List.of(new NewRate(RateKind.RETAINER, null, TODAY, new BigDecimal("1500")),
								new NewRate(RateKind.OVERAGE, null, TODAY, new BigDecimal("62.5"))),
						java.util.List.of()));
		assertThat(retainer.currency()).isEqualTo("EUR");
		assertThat(retainer.retainerHours()).isEqualByComparingTo("20");
		assertThat(retainer.rateOn(RateKind.OVERAGE, "", TODAY)).contains(Money.of("62.50", "EUR"));
		ContractView perTask = contracts.create(owner,
				new NewContract(freja.member().id().value(), world.issuer(freja).id(),
						dev.deskhand.billing.ContractKind.PER_TASK, "DKK", dev.deskhand.billing.BillingPeriod.MONTHLY,
						TODAY, null, null, null, new BigDecimal("20"), null, null, null,
						java.util.List.of(new NewRate(RateKind.TASK, " Booking ", TODAY, new BigDecimal("150")),
								new NewRate(RateKind.TASK, "invoice", TODAY.plusDays(3), new BigDecimal("90"))),
						java.util.List.of()));
		assertThat(perTask.retainerHours()).isNull();
		assertThat(perTask.rateOn(RateKind.TASK, "booking", TODAY)).contains(Money.of("150.00", "DKK"));
		assertThat(perTask.rateOn(RateKind.TASK, "invoice", TODAY)).isEmpty();
		assertThat(contracts.workTypes(owner)).contains("email");
	}

	@Test
	void movingTheLastDayMovesTheEndOfTheAssistantsAccess() {
		var ws = fixtures.workspace("contracts");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		ContractView c = world.offer(ws, katrine);
		Membership owner = world.as(ws.owner(), ws, Permission.BILLING_MANAGE);
		ContractView longer = contracts.changeEnd(owner, c.id(), TODAY.plusYears(1));
		assertThat(longer.endsOn()).isEqualTo(TODAY.plusYears(1));
		assertThat(fixtures.grantOf(katrine).validUntil())
			.isEqualTo(TODAY.plusYears(1).plusDays(1).atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
		contracts.changeEnd(owner, c.id(), null);
		assertThat(fixtures.grantOf(katrine).validUntil()).isNull();
		ContractTestSupport.refused(() -> contracts.changeEnd(owner, c.id(), TODAY.minusDays(20)), "/endsOn",
				"billing.contract.error.endBeforeStart");
		assertThat(contracts.contract(owner, c.id()).endsOn()).isNull();
	}

}
