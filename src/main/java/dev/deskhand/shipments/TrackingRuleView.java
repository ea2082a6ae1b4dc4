package dev.deskhand.shipments;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's tracking exception rule (see {@link NewTrackingRule} for the fields).
 *
 * @param kind a {@link TrackingExceptionKind#code()}
 * @param statuses {@link TrackingStatus#code()}s; empty for every problem status
 * @param mode a {@link TransportMode#code()} or null
 */
public record TrackingRuleView(UUID id, String name, boolean enabled, String kind, int hours, List<String> statuses,
		@Nullable UUID customer, @Nullable UUID carrier, @Nullable String mode, String workType,
		@Nullable UUID slaPolicy, String priority) {

	public TrackingRuleView {
		statuses = List.copyOf(statuses);
	}

}
