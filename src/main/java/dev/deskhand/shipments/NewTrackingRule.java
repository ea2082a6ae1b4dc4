package dev.deskhand.shipments;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tracking exception rule as written in a form or the API; {@link TrackingRules} checks
 * every field and names the one it refuses.
 *
 * @param name unique in the workspace (any case), at most 100 characters
 * @param enabled on unless false
 * @param kind {@code missed-checkpoint}, {@code eta-slip}, {@code stale} or
 * {@code carrier-exception}
 * @param hours the tolerance after a planned milestone, the ETA slip allowed, the hours
 * without an event (0 to 8760; unused for carrier exceptions)
 * @param statuses for a carrier exception, the statuses that raise it ({@code delayed},
 * {@code customs-hold} …); empty or null: every problem status
 * @param customer only shipments of this customer (a party id), or null for all
 * @param carrier only shipments with this carrier (a party id), or null for all
 * @param mode only this transport mode ({@code road}, {@code ocean}, {@code air},
 * {@code parcel}, {@code rail}), or null for all
 * @param workType the type of the work item, whose SOP applies ({@code delay},
 * {@code customs} …)
 * @param slaPolicy the work item's SLA policy, or null for the matching one
 * @param priority {@code LOW}, {@code NORMAL} (default), {@code HIGH} or {@code URGENT}
 */
public record NewTrackingRule(@Nullable String name, @Nullable Boolean enabled, @Nullable String kind,
		@Nullable Integer hours, @Nullable List<String> statuses, @Nullable UUID customer, @Nullable UUID carrier,
		@Nullable String mode, @Nullable String workType, @Nullable UUID slaPolicy, @Nullable String priority) {

	/** An enabled rule for every customer, carrier and mode. */
	public static NewTrackingRule of(String name, TrackingExceptionKind kind, int hours, String workType,
			String priority) {
		return new NewTrackingRule(name, true, kind.code(), hours, List.of(), null, null, null, workType, null,
				priority);
	}

}
