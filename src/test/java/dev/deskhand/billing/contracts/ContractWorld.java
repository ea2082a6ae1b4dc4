package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewIssuerProfile;
import dev.deskhand.billing.NewRate;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.billing.BillingPeriod;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractManagement;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.IssuerProfileView;
import dev.deskhand.billing.IssuerProfileView.Kind;
import dev.deskhand.billing.IssuerProfileView.VatScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds contracts and profiles for the contract tests through the facade. */
@Component
class ContractWorld {

	static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));

	final TestFixtures fixtures;

	final AccessPolicy policy;

	final ContractManagement contracts;

	ContractWorld(TestFixtures fixtures, AccessPolicy policy, ContractManagement contracts) {
		this.fixtures = fixtures;
		this.policy = policy;
		this.contracts = contracts;
	}

	Membership as(TestFixtures.Member member, TestFixtures.Ws ws, Permission permission) {
		return fixtures.as(member, () -> policy.require(ws.slug(), permission));
	}

	static NewIssuerProfile danishIssuer(String name) {
		return new NewIssuerProfile(Kind.PERSON, name, "Nørregade 7\n1165 København K", "dk", "DK 12 34 56 78", null,
				VatScheme.STANDARD, "katrine@example.test", "+45 20 30 40 50", "Danske Bank", "DK50 0040 0440 1162 43",
				"DABADKKK", 14);
	}

	IssuerProfileView issuer(TestFixtures.Member assistant) {
		return contracts.createIssuerProfile(assistant.person().id(),
				danishIssuer(assistant.person().displayName() + " Consulting"));
	}

	static NewContract hourly(TestFixtures.Member assistant, IssuerProfileView issuer, String currency, String rate,
			@Nullable LocalDate endsOn, ClauseKind... clauses) {
		return new NewContract(assistant.member().id().value(), issuer.id(), ContractKind.HOURLY, currency,
				BillingPeriod.MONTHLY, TODAY.minusDays(10), endsOn, TODAY.plusDays(20), "Answer within 2 hours", null,
				"Customer service in Danish", LocalTime.of(9, 0), LocalTime.of(12, 0),
				List.of(new NewRate(RateKind.HOURLY, null, TODAY.minusDays(10),
						rate == null ? null : new BigDecimal(rate))),
				List.of(clauses));
	}

	ContractView offer(TestFixtures.Ws ws, TestFixtures.Member assistant, ClauseKind... clauses) {
		return contracts.create(as(ws.owner(), ws, Permission.BILLING_MANAGE),
				hourly(assistant, issuer(assistant), "DKK", "425.00", TODAY.plusMonths(6), clauses));
	}

}
