package dev.deskhand.shipments.ingest;

import dev.deskhand.shipments.TrackingStatus;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** DHL's event codes and what they mean in Deskhand's statuses. */
final class DhlCodes {

	/**
	 * DHL Express (XML-PI and MyDHL) service event codes. Processing and weighing at a
	 * facility say nothing new about where the parcel is: info.
	 */
	private static final Map<String, TrackingStatus> EXPRESS = Map.ofEntries(Map.entry("PU", TrackingStatus.PICKED_UP),
			Map.entry("PO", TrackingStatus.DEPARTED), Map.entry("DF", TrackingStatus.DEPARTED),
			Map.entry("AF", TrackingStatus.ARRIVED), Map.entry("AR", TrackingStatus.ARRIVED),
			Map.entry("PL", TrackingStatus.INFO), Map.entry("RW", TrackingStatus.INFO),
			Map.entry("WC", TrackingStatus.OUT_FOR_DELIVERY), Map.entry("OK", TrackingStatus.DELIVERED),
			Map.entry("DD", TrackingStatus.DAMAGED), Map.entry("CC", TrackingStatus.INFO),
			Map.entry("CR", TrackingStatus.CUSTOMS_RELEASED), Map.entry("CD", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("UD", TrackingStatus.CUSTOMS_HOLD), Map.entry("NH", TrackingStatus.DELIVERY_FAILED),
			Map.entry("CA", TrackingStatus.DELIVERY_FAILED), Map.entry("BA", TrackingStatus.DELIVERY_FAILED),
			Map.entry("RD", TrackingStatus.DELIVERY_FAILED), Map.entry("MD", TrackingStatus.DELAYED),
			Map.entry("TD", TrackingStatus.DELAYED), Map.entry("OH", TrackingStatus.EXCEPTION),
			Map.entry("HP", TrackingStatus.EXCEPTION), Map.entry("MS", TrackingStatus.EXCEPTION),
			Map.entry("RT", TrackingStatus.EXCEPTION), Map.entry("SA", TrackingStatus.EXCEPTION));

	/** DHL Parcel DE standard event codes (German abbreviations). */
	private static final Map<String, TrackingStatus> PARCEL_DE = Map.ofEntries(Map.entry("VA", TrackingStatus.BOOKED),
			Map.entry("ES", TrackingStatus.PICKED_UP), Map.entry("AE", TrackingStatus.PICKED_UP),
			Map.entry("AA", TrackingStatus.DEPARTED), Map.entry("EE", TrackingStatus.ARRIVED),
			Map.entry("PO", TrackingStatus.OUT_FOR_DELIVERY), Map.entry("ZU", TrackingStatus.DELIVERED),
			Map.entry("ZN", TrackingStatus.DELIVERY_FAILED), Map.entry("NE", TrackingStatus.DELIVERY_FAILED),
			Map.entry("RE", TrackingStatus.EXCEPTION));

	private DhlCodes() {
	}

	static TrackingStatus express(String code) {
		return EXPRESS.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO);
	}

	static TrackingStatus parcelDe(String code) {
		return PARCEL_DE.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO);
	}

	/**
	 * The universal API's {@code statusCode}; "pre-transit" is a label created, not yet
	 * handed over: booked.
	 */
	static TrackingStatus universal(@Nullable String statusCode) {
		if (statusCode == null) {
			return TrackingStatus.INFO;
		}
		return switch (statusCode.toLowerCase(Locale.ROOT)) {
			case "pre-transit" -> TrackingStatus.BOOKED;
			case "delivered" -> TrackingStatus.DELIVERED;
			case "failure" -> TrackingStatus.EXCEPTION;
			default -> TrackingStatus.INFO;
		};
	}

}
