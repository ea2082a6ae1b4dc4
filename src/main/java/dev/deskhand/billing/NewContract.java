package dev.deskhand.billing;

import dev.deskhand.billing.BillingPeriod;
import dev.deskhand.billing.ContractKind;
import dev.deskhand.billing.ContractView.ClauseKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the owner offers an assistant: the terms, the first rates and the clauses to
 * accept. The agreed overlap hours are kept on the member (both or neither).
 *
 * @param member the assistant's member id in the workspace
 * @param issuer the assistant's issuer profile the contract bills through
 */
public record NewContract(@Nullable UUID member, @Nullable UUID issuer, @Nullable ContractKind kind,
		@Nullable String currency, @Nullable BillingPeriod period, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable LocalDate trialEndsOn, @Nullable String trialTargets,
		@Nullable BigDecimal retainerHours, @Nullable String scope, @Nullable LocalTime overlapStart,
		@Nullable LocalTime overlapEnd, @Nullable List<NewRate> rates, @Nullable List<ClauseKind> clauses) {
}
