package dev.deskhand.billing;

import dev.deskhand.billing.ContractView.RateKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A rate from a day on: an amount in the contract's currency with at most two decimals, 0
 * to 1,000,000; a TASK rate names its work type.
 */
public record NewRate(@Nullable RateKind kind, @Nullable String workType, @Nullable LocalDate effectiveFrom,
		@Nullable BigDecimal amount) {
}
