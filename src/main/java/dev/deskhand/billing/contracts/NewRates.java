package dev.deskhand.billing.contracts;

import dev.deskhand.billing.NewRate;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractView;
import dev.deskhand.billing.ContractView.Rate;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.ContractView.Status;
import dev.deskhand.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Rates as typed turned into a contract's rates: the first ones with the contract (each
 * kind the contract is billed by, from its first day), later ones from a day on. A rate
 * once in force is never changed: a new one takes over from its date.
 */
final class NewRates {

	private NewRates() {
	}

	static List<Rate> first(ContractKind kind, String currency, LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable List<NewRate> typed, Instant now) {
		List<Rate> rates = new ArrayList<>();
		List<NewRate> given = typed == null ? List.of() : typed;
		for (int i = 0; i < given.size(); i++) {
			Rate r = rate("/rates/" + i, kind, currency, startsOn, endsOn, given.get(i), now);
			if (rates.stream().anyMatch(o -> same(o, r) && o.effectiveFrom().equals(r.effectiveFrom()))) {
				throw ContractChecks.invalid("/rates/" + i + "/effectiveFrom", "rateExists");
			}
			rates.add(r);
		}
		if (rates.isEmpty()) {
			throw ContractChecks.invalid("/rates", "ratesMissing");
		}
		for (RateKind needed : needed(kind)) {
			if (rates.stream().noneMatch(r -> r.kind() == needed && r.effectiveFrom().equals(startsOn))) {
				throw ContractChecks.invalid("/rates", "ratesMissing");
			}
		}
		return rates;
	}

	/**
	 * A new rate for {@code c}: from its first day on while it is a draft, from today on
	 * once it is active.
	 */
	static Rate next(ContractView c, NewRate typed, LocalDate today, Instant now) {
		Rate r = rate("", c.kind(), c.currency(), c.startsOn(), c.endsOn(), typed, now);
		if (c.status() == Status.ACTIVE && r.effectiveFrom().isBefore(today)) {
			throw ContractChecks.invalid("/effectiveFrom", "ratePast");
		}
		if (c.rates().stream().anyMatch(o -> same(o, r) && o.effectiveFrom().equals(r.effectiveFrom()))) {
			throw ContractChecks.invalid("/effectiveFrom", "rateExists");
		}
		return r;
	}

	private static Rate rate(String at, ContractKind contract, String currency, LocalDate startsOn,
			@Nullable LocalDate endsOn, NewRate typed, Instant now) {
		if (typed.kind() == null || !ContractChecks.rateKinds(contract).contains(typed.kind())) {
			throw ContractChecks.invalid(at + "/kind", "rateKind");
		}
		String workType = ContractChecks.workType(at + "/workType", typed.kind(), typed.workType());
		LocalDate from = ContractChecks.effectiveFrom(at + "/effectiveFrom", typed.effectiveFrom(), startsOn, endsOn);
		return new Rate(typed.kind(), workType, from,
				new Money(ContractChecks.amount(at + "/amount", typed.amount()), currency), now);
	}

	/** The kinds a new contract needs a rate of from its first day. */
	private static Set<RateKind> needed(ContractKind kind) {
		return kind == ContractKind.PER_TASK ? Set.of() : ContractChecks.rateKinds(kind);
	}

	private static boolean same(Rate a, Rate b) {
		return a.kind() == b.kind() && a.workType().equals(b.workType());
	}

}
