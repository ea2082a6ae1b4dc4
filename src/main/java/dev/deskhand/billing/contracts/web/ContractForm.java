package dev.deskhand.billing.contracts.web;

import dev.deskhand.billing.BillingPeriod;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractView.ClauseKind;
import dev.deskhand.billing.ContractView.RateKind;
import dev.deskhand.billing.NewContract;
import dev.deskhand.billing.NewRate;
import dev.deskhand.shared.FormValues;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the contract form posts, kept as typed so a refused form shows it again.
 * {@code party} is {@code memberId:issuerId}; {@code taskRates} one {@code type amount}
 * per line.
 */
record ContractForm(@Nullable String party, @Nullable ContractKind kind, @Nullable String currency,
		@Nullable BillingPeriod period, @Nullable String startsOn, @Nullable String endsOn,
		@Nullable String trialEndsOn, @Nullable String trialTargets, @Nullable String retainerHours,
		@Nullable String scope, @Nullable String overlapStart, @Nullable String overlapEnd, @Nullable String rate,
		@Nullable String overageRate, @Nullable String taskRates, @Nullable List<ClauseKind> clauses) {

	static ContractForm blank(LocalDate today) {
		return new ContractForm("", ContractKind.HOURLY, "DKK", BillingPeriod.MONTHLY, today.toString(), "", "", "", "",
				"", "", "", "", "", "", List.of(ClauseKind.NDA, ClauseKind.IP_ASSIGNMENT));
	}

	public boolean has(ClauseKind clause) {
		return clauses != null && clauses.contains(clause);
	}

	NewContract toNew() {
		UUID member = null;
		UUID issuer = null;
		if (party != null && party.contains(":")) {
			try {
				member = UUID.fromString(party.substring(0, party.indexOf(':')));
				issuer = UUID.fromString(party.substring(party.indexOf(':') + 1));
			}
			catch (IllegalArgumentException e) {
				member = null;
			}
		}
		if (member == null) {
			throw new InvalidInputException("/member", Text.of("billing.contract.error.member"));
		}
		LocalDate start = date("/startsOn", startsOn);
		return new NewContract(member, issuer, kind, currency, period, start, date("/endsOn", endsOn),
				date("/trialEndsOn", trialEndsOn), trialTargets, number("/retainerHours", retainerHours), scope,
				time(overlapStart), time(overlapEnd), rates(start), clauses);
	}

	private List<NewRate> rates(@Nullable LocalDate from) {
		List<NewRate> rates = new ArrayList<>();
		if (kind == ContractKind.HOURLY) {
			rates.add(new NewRate(RateKind.HOURLY, null, from, number("/rates/0/amount", rate)));
		}
		else if (kind == ContractKind.RETAINER) {
			rates.add(new NewRate(RateKind.RETAINER, null, from, number("/rates/0/amount", rate)));
			rates.add(new NewRate(RateKind.OVERAGE, null, from, number("/rates/1/amount", overageRate)));
		}
		else if (kind == ContractKind.PER_TASK && taskRates != null) {
			for (String line : taskRates.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.strip().split("[\\s=:;]+");
				if (parts.length != 2) {
					throw new InvalidInputException("/rates", Text.of("billing.contract.error.taskRates"));
				}
				rates.add(new NewRate(RateKind.TASK, parts[0], from,
						number("/rates/" + rates.size() + "/amount", parts[1])));
			}
		}
		return rates;
	}

	static @Nullable BigDecimal number(String pointer, @Nullable String typed) {
		return FormValues.decimal(pointer, typed, Text.of("billing.contract.error.amount"));
	}

	static @Nullable LocalDate date(String pointer, @Nullable String typed) {
		return FormValues.date(pointer, typed, Text.of("billing.contract.error.date"));
	}

	private static @Nullable LocalTime time(@Nullable String typed) {
		return FormValues.time("/overlapStart", typed, Text.of("billing.contract.error.overlap"));
	}

}
