package dev.deskhand.shipments.internal;

import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A shipment's status, its time, its last place, its delivery and its ETA as
 * {@link EventStore#derive} folds them from the shipment's stored events, folded here
 * from the events of one batch instead: for a shipment the batch creates, whose events
 * are all in it, so it is stored with its status rather than read back and updated.
 * {@code TrackingIngestTests.aShipmentCreatedByABatchGetsTheStatusItsStoredEventsGive}
 * holds the two to the same result.
 */
record Derived(String status, @Nullable Instant statusAt, @Nullable String lastLocation, @Nullable Instant deliveredAt,
		@Nullable Instant eta, @Nullable String etaSource) {

	/** A shipment without events yet: booked. */
	static final Derived NONE = new Derived(TrackingStatus.BOOKED.code(), null, null, null, null, null);

	private static final Set<TrackingStatus> ARRIVAL = Set.of(TrackingStatus.ARRIVED, TrackingStatus.DISCHARGED,
			TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);

	/**
	 * A shipment's events folded one by one: the latest actual event by event time gives
	 * the status, its time and place; the latest actual delivery the delivery; of the
	 * estimates of arrival or delivery (all received at once), a delivery's first, then
	 * the latest by event time, the ETA and its source.
	 */
	static final class Fold {

		private @Nullable ParsedEvent latest;

		private @Nullable Instant deliveredAt;

		private @Nullable ParsedEvent estimate;

		private @Nullable String estimateSource;

		void add(ParsedEvent e, String source) {
			if (e.classifier() == Classifier.ACTUAL) {
				if (latest == null || e.eventTime().isAfter(latest.eventTime())) {
					latest = e;
				}
				if (e.status() == TrackingStatus.DELIVERED
						&& (deliveredAt == null || e.eventTime().isAfter(deliveredAt))) {
					deliveredAt = e.eventTime();
				}
			}
			else if (e.classifier() == Classifier.ESTIMATED && ARRIVAL.contains(e.status())) {
				boolean delivery = e.status() == TrackingStatus.DELIVERED;
				boolean hadDelivery = estimate != null && estimate.status() == TrackingStatus.DELIVERED;
				if (estimate == null || delivery && !hadDelivery
						|| delivery == hadDelivery && e.eventTime().isAfter(estimate.eventTime())) {
					estimate = e;
					estimateSource = source;
				}
			}
		}

		Derived derived() {
			ParsedEvent l = latest;
			ParsedEvent est = estimate;
			return new Derived(l == null ? NONE.status() : l.status().code(), l == null ? null : l.eventTime(),
					l == null ? null : place(l), deliveredAt, est == null ? null : est.eventTime(),
					est == null ? null : estimateSource);
		}

	}

	/** The place's name, else its UN/LOCODE, as stored (without NUL). */
	private static @Nullable String place(ParsedEvent e) {
		if (e.location() == null) {
			return null;
		}
		String name = e.location().name();
		String place = name == null || name.replace("\u0000", "").isEmpty() ? e.location().unlocode() : name;
		return place == null ? null : place.replace("\u0000", "");
	}

}
