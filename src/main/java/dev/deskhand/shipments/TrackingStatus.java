package dev.deskhand.shipments;

import java.util.Locale;

/**
 * Deskhand's one set of normalised tracking statuses. Every parser maps a carrier's or
 * standard's own code to one of these and keeps the original code and its meaning on the
 * event. {@link #code()} is the documented lower-case, hyphenated name.
 */
public enum TrackingStatus {

	BOOKED, PICKED_UP, GATE_IN, LOADED, DEPARTED, ARRIVED, DISCHARGED, TRANSSHIPPED, GATE_OUT, CUSTOMS_HOLD,
	CUSTOMS_RELEASED, OUT_FOR_DELIVERY, DELIVERED, DELIVERY_FAILED, DELAYED, DAMAGED, EXCEPTION, CANCELLED,
	/**
	 * An event that changes nothing about where the goods are (a notice, a data update).
	 */
	INFO;

	private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

	/** {@code picked-up}, {@code customs-hold} … as in files, the API and the README. */
	public String code() {
		return code;
	}

	/** The status named by {@link #code()} or by its enum name, any case. */
	public static TrackingStatus parse(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	/** True for the statuses a carrier exception rule reacts to. */
	public boolean isProblem() {
		return switch (this) {
			case CUSTOMS_HOLD, DELIVERY_FAILED, DELAYED, DAMAGED, EXCEPTION -> true;
			default -> false;
		};
	}

}
