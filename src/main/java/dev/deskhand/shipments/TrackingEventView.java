package dev.deskhand.shipments;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a shipment's timeline: a stored tracking event.
 *
 * @param carrierCode the source's own status code as written, and {@code carrierReason}
 * its meaning or the source's reason text
 * @param zoneUsed how the source's local time became UTC, or null when it gave an instant
 * @param receivedAt when Deskhand received it
 * @param source where it came from ("dcsa", "csv", a webhook's source …)
 * @param revision 1, or more when the source resent it with the same id and new content
 * @param retractedAt when a later event withdrew it (DCSA retraction), and
 * {@code retractedBy} that event's id; a retracted event stays in the timeline, marked
 * @param flagged why it needs a look (an invalid reference), or null
 * @param references the references the event named, with validity
 */
public record TrackingEventView(UUID id, ShipmentId shipment, TrackingStatus status, Classifier classifier,
		String carrierCode, @Nullable String carrierReason, Instant eventTime, @Nullable String zoneUsed,
		Instant receivedAt, ShipmentView.@Nullable Place location, String source, @Nullable String externalId,
		int revision, @Nullable Instant retractedAt, @Nullable String retractedBy, @Nullable String flagged,
		Map<String, String> details, List<EventReference> references) {

	public TrackingEventView {
		details = Map.copyOf(details);
		references = List.copyOf(references);
	}

	public boolean retracted() {
		return retractedAt != null;
	}

	/**
	 * A reference an event named: its type (null when neither the source nor the check
	 * could tell), value as written, validity and why not.
	 */
	public record EventReference(@Nullable String type, String value, boolean valid, @Nullable String reason) {
	}

}
