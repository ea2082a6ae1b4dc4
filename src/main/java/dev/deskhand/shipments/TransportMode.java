package dev.deskhand.shipments;

import java.util.Locale;

/** How a shipment travels. */
public enum TransportMode {

	ROAD, OCEAN, AIR, PARCEL, RAIL;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static TransportMode parse(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

}
