package dev.deskhand.shipments;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A raised tracking exception no longer holds. Published within a
 * {@link TrackingExceptionsResolved} with the others its evaluation resolved.
 *
 * @param reason why: {@code delivered}, {@code cancelled}, {@code event} (a new event
 * after a stale spell), {@code eta} (the ETA is back within the promise),
 * {@code checkpoint} (the missed milestone's actual event arrived), {@code status} (the
 * problem status was superseded), {@code rule-off}, {@code rule-changed},
 * {@code rule-deleted}
 * @param status the shipment's status code now
 * @param milestone for a missed checkpoint, the milestone's status code
 */
public record TrackingExceptionResolved(WorkspaceId workspace, UUID exception, ShipmentId shipment,
		String shipmentNumber, String kind, String ruleName, String reason, String status, @Nullable Instant eta,
		@Nullable Instant promisedDelivery, @Nullable String lastLocation, @Nullable String milestone,
		Instant resolvedAt) {
}
