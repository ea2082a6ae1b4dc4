package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewRate;
import static dev.deskhand.billing.contracts.ContractTestSupport.refused;
import static dev.deskhand.billing.contracts.ContractWorld.TODAY;
import static dev.deskhand.billing.contracts.ContractWorld.hourly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.BillingPeriod;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refused contracts: each bad value answers 400 naming its field, and nothing is written
 * (no contract, no change to the member's overlap hours).
 */
@IntegrationTest
class ContractInputTests {

	@Autowired
	ContractWorld world;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	ContractManagement contracts;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void refusesBadRatesCurrenciesAndDatesAndWritesNothing() {
		var ws = fixtures.workspace("contract-input");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		IssuerProfileView issuer = world.issuer(katrine);
		Membership owner = world.as(ws.owner(), ws, Permission.BILLING_MANAGE);
		var end = TODAY.plusMonths(3);

		refused(() -> contracts.create(owner, hourly(katrine, issuer, "DKK", "-1", end)), "/rates/0/amount",
				"billing.contract.error.amount");
		refused(() -> contracts.create(owner, hourly(katrine, issuer, "DKK", "1000000.01", end)), "/rates/0/amount",
				"billing.contract.error.amount");
		refused(() -> contracts.create(owner, hourly(katrine, issuer, "DKK", "12.345", end)), "/rates/0/amount",
				"billing.contract.error.amount");
		refused(() -> contracts.create(owner, hourly(katrine, issuer, "SEK", "400", end)), "/currency",
				"billing.contract.error.currency");
		refused(() -> contracts.create(owner, hourly(katrine, issuer, "DKK", "400", TODAY.minusDays(11))), "/endsOn",
				"billing.contract.error.endBeforeStart");
		var early = hourly(katrine, issuer, "DKK", "400", end);
		refused(() -> contracts.create(owner,
				withRates(early,
						List.of(new NewRate(RateKind.HOURLY, null, TODAY.minusDays(10), BigDecimal.TEN),
								new NewRate(RateKind.HOURLY, null, TODAY.minusDays(11), BigDecimal.ONE)))),
				"/rates/1/effectiveFrom", "billing.contract.error.rateBeforeStart");
		refused(() -> contracts.create(owner, withRates(early, List.of())), "/rates",
				"billing.contract.error.ratesMissing");
		var retainer = new NewContract(katrine.member().id().value(), issuer.id(), ContractKind.RETAINER, "EUR",
				BillingPeriod.MONTHLY, TODAY, null, null, null, new BigDecimal("0"), null, null, null,
				List.of(new NewRate(RateKind.RETAINER, null, TODAY, new BigDecimal("2000")),
						new NewRate(RateKind.OVERAGE, null, TODAY, new BigDecimal("60"))),
				List.of());
		refused(() -> contracts.create(owner, retainer), "/retainerHours", "billing.contract.error.retainerHours");
		// an issuer profile that is not the assistant's
		var other = fixtures.member(ws, Role.ASSISTANT, null);
		refused(() -> contracts.create(owner, hourly(other, issuer, "DKK", "400", end)), "/issuer",
				"billing.contract.error.issuer");
		// a manager is no assistant to contract with
		var manager = fixtures.member(ws, Role.MANAGER, null);
		refused(() -> contracts.create(owner, hourly(manager, world.issuer(manager), "DKK", "400", end)), "/member",
				"billing.contract.error.member");
		assertThat(contracts.contracts(owner)).isEmpty();
		assertThat(workspaces.findMember(katrine.member().id()).orElseThrow().overlapStart()).isNull();
	}

	@Test
	void refusesASecondLiveContractForTheSameMemberAndKeepsHerOverlapHours() {
		var ws = fixtures.workspace("contract-input");
		var katrine = fixtures.member(ws, Role.ASSISTANT, null);
		var first = world.offer(ws, katrine);
		Membership owner = world.as(ws.owner(), ws, Permission.BILLING_MANAGE);
		var second = hourly(katrine, world.issuer(katrine), "EUR", "50", null);
		var otherHours = new NewContract(second.member(), second.issuer(), second.kind(), second.currency(),
				second.period(), second.startsOn(), second.endsOn(), second.trialEndsOn(), second.trialTargets(),
				second.retainerHours(), second.scope(), LocalTime.of(14, 0), LocalTime.of(16, 0), second.rates(),
				second.clauses());
		refused(() -> contracts.create(owner, otherHours), "/member", "billing.contract.error.live");
		assertThat(contracts.contracts(owner)).hasSize(1)
			.first()
			.satisfies(c -> assertThat(c.id()).isEqualTo(first.id()));
		assertThat(workspaces.findMember(katrine.member().id()).orElseThrow().overlapStart())
			.isEqualTo(LocalTime.of(9, 0));
		// once ended, a new contract may follow
		contracts.end(owner, first.id(), "");
		assertThat(contracts.create(owner, second).currency()).isEqualTo("EUR");
	}

	private static NewContract withRates(NewContract n, List<NewRate> rates) {
		return new NewContract(n.member(), n.issuer(), n.kind(), n.currency(), n.period(), n.startsOn(), n.endsOn(),
				n.trialEndsOn(), n.trialTargets(), n.retainerHours(), n.scope(), n.overlapStart(), n.overlapEnd(),
				rates, n.clauses());
	}

}
