package dev.deskhand.shipments;

import dev.deskhand.references.ReferenceType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A shipment typed in by hand, or the full new state of one (its events and derived
 * status stay).
 *
 * @param customer a customer party's id, or null
 * @param carrier a carrier party's id, or null
 * @param references at least one; each is checked (an invalid check digit is refused with
 * the pointer {@code /references/N/value})
 * @param origin a UN/LOCODE ({@code DKAAR}), or null
 * @param destination a UN/LOCODE, or null
 * @param milestones planned milestones
 * @param order an order of the workspace, or null
 */
public record NewShipment(@Nullable TransportMode mode, @Nullable UUID customer, @Nullable UUID carrier,
		@Nullable List<NewReference> references, @Nullable Instant promisedDelivery, @Nullable String origin,
		@Nullable String destination, @Nullable List<NewMilestone> milestones, @Nullable UUID order) {

	/** A reference; {@code type} null lets the check recognise it. */
	public record NewReference(@Nullable ReferenceType type, String value) {
	}

	/** A planned milestone: a status expected at a place ({@code location}) and time. */
	public record NewMilestone(TrackingStatus status, @Nullable String location, Instant plannedAt) {
	}

}
