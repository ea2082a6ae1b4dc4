package dev.deskhand.billing.invoices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A contract's terms as the calculator needs them: its kind, currency, the hours a
 * retainer includes per period, and every dated rate.
 *
 * @param kind HOURLY, PER_TASK or RETAINER
 * @param retainerHours hours included per period (RETAINER only), else null
 */
record Terms(String kind, String currency, @Nullable BigDecimal retainerHours, List<Rate> rates) {

	Terms {
		rates = List.copyOf(rates);
	}

	/**
	 * A rate from a day on: HOURLY (per hour), TASK (per resolved item of
	 * {@code workType}), RETAINER (the fee per period), OVERAGE (per hour over the
	 * retainer's hours).
	 */
	record Rate(String kind, String workType, LocalDate effectiveFrom, BigDecimal amount) {
	}

	/**
	 * The rate of this kind (and work type) in force on {@code day}: the latest one
	 * started.
	 */
	Optional<Rate> inForce(String rateKind, String workType, LocalDate day) {
		return rates.stream()
			.filter(r -> r.kind().equals(rateKind) && r.workType().equals(workType) && !r.effectiveFrom().isAfter(day))
			.max(Comparator.comparing(Rate::effectiveFrom));
	}

}
