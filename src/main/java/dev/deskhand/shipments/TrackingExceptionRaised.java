package dev.deskhand.shipments;

import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A rule's condition began to hold for a shipment: raised once per shipment and rule
 * until {@link TrackingExceptionResolved}, with what a listener needs to act without
 * asking the shipments module again. Published within a {@link TrackingExceptionsRaised}
 * with the others its evaluation raised.
 *
 * @param exception the exception's id (the same in its {@link TrackingExceptionResolved})
 * @param shipmentNumber as people read it, {@code S-1042}
 * @param customerName null when the shipment has no customer
 * @param language the customer's language (da, de, en), else the workspace's
 * @param carrierName the carrier party's name, else the carrier as the events name it
 * @param kind a {@link TrackingExceptionKind#code()}
 * @param workType the rule's work type (its SOP applies)
 * @param slaPolicy the rule's SLA policy (a work module id), or null for the matching one
 * @param priority LOW, NORMAL, HIGH or URGENT
 * @param mainReference the order number, else the first of booking, bill of lading,
 * container, air waybill, tracking number
 * @param status the shipment's status code when raised
 * @param milestone for a missed checkpoint, the missed milestone's status code
 * @param milestoneLocation and its location ("" when none was planned)
 * @param milestoneAt and when it was planned
 * @param lastEventAt the shipment's last event
 * @param hours the rule's hours (tolerance, slip allowed, hours without an event)
 */
public record TrackingExceptionRaised(WorkspaceId workspace, UUID exception, ShipmentId shipment, String shipmentNumber,
		@Nullable PartyId customer, @Nullable String customerName, String language, @Nullable String carrierName,
		UUID rule, String ruleName, String kind, String workType, @Nullable UUID slaPolicy, String priority,
		@Nullable String lastLocation, @Nullable Instant promisedDelivery, @Nullable Instant eta,
		@Nullable String mainReference, String status, @Nullable String milestone, @Nullable String milestoneLocation,
		@Nullable Instant milestoneAt, @Nullable Instant lastEventAt, int hours, Instant raisedAt) {
}
