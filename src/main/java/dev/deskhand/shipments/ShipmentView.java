package dev.deskhand.shipments;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A shipment as people and other modules read it. Status, ETA, last location and delivery
 * are derived from its actual events by the ingest, never typed in.
 *
 * @param number the workspace's running number, shown as {@code S-1042}
 * @param customer the customer (a party), or null
 * @param carrier the carrier (a party), or null
 * @param carrierCode the carrier as its events name it (SCAC, IATA prefix, "DHL") when no
 * carrier party is linked, or null
 * @param references every reference it is known by, with validity
 * @param status the status of its latest actual event by event time (booked without
 * events)
 * @param eta the current ETA and {@code etaSource} where it came from ("manual", the
 * source of an estimated event)
 * @param lastLocation the place of the latest actual event as people name it: its name
 * where the event gives one (Billund), else its UN/LOCODE (DKBLL)
 * @param milestones planned milestones (typed in, or planned events)
 * @param createdByImport whether an event for an unknown reference created it
 */
public record ShipmentView(ShipmentId id, WorkspaceId workspace, long number, @Nullable TransportMode mode,
		@Nullable PartyRef customer, @Nullable PartyRef carrier, @Nullable String carrierCode,
		List<ReferenceView> references, TrackingStatus status, @Nullable Instant statusAt, @Nullable Instant eta,
		@Nullable String etaSource, @Nullable Instant promisedDelivery, @Nullable String lastLocation,
		@Nullable Instant lastEventAt, @Nullable Instant deliveredAt, @Nullable Place origin,
		@Nullable Place destination, List<MilestoneView> milestones, @Nullable UUID orderId, boolean createdByImport,
		Instant createdAt, Instant updatedAt) {

	public ShipmentView {
		references = List.copyOf(references);
		milestones = List.copyOf(milestones);
	}

	/** {@code S-1042}. */
	public String label() {
		return "S-" + number;
	}

	/** The scope the shipment is filed under ({@code customer:NAME}), or null. */
	public @Nullable String scope() {
		return customer == null ? null : "customer:" + customer.name();
	}

	/** A customer or carrier by id and name. */
	public record PartyRef(UUID id, String name) {
	}

	/**
	 * A reference: its type, its normalised value (upper case, no spaces or hyphens), as
	 * first written, and whether it passed its check (check digit, format).
	 */
	public record ReferenceView(ReferenceType type, String value, String written, boolean valid) {
	}

	/** A place: a UN/LOCODE when known, and a name. */
	public record Place(@Nullable String unlocode, @Nullable String name) {
	}

	/** A planned milestone. {@code location} is a UN/LOCODE or name, or empty. */
	public record MilestoneView(TrackingStatus status, String location, Instant plannedAt) {
	}

}
