package dev.deskhand.work;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule as written by a manager (create or replace).
 *
 * @param enabled null means true
 * @param stopProcessing null means false: later rules still run after this one matched
 */
public record NewInboundRule(@Nullable String name, @Nullable Boolean enabled, @Nullable Boolean stopProcessing,
		@Nullable List<RuleCondition> conditions, @Nullable List<RuleAction> actions) {
}
