package dev.deskhand.shipments;

import java.util.Locale;

/** The conditions a tracking exception rule watches for. */
public enum TrackingExceptionKind {

	/**
	 * A planned milestone passed its tolerance with no matching actual event (nor one of
	 * a later milestone).
	 */
	MISSED_CHECKPOINT,
	/**
	 * The current ETA (or, once it has passed undelivered, now) is later than the
	 * promised delivery by more than the rule's hours.
	 */
	ETA_SLIP,
	/**
	 * No event for the rule's hours while in transit (not booked, delivered, cancelled).
	 */
	STALE,
	/**
	 * The shipment's status is one the rule names: by default the problem statuses
	 * ({@link TrackingStatus#isProblem()}).
	 */
	CARRIER_EXCEPTION;

	/**
	 * {@code missed-checkpoint}, {@code eta-slip}, {@code stale},
	 * {@code carrier-exception}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The kind named by {@link #code()} or its enum name, any case. */
	public static TrackingExceptionKind parse(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
