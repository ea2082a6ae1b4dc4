package dev.deskhand.shipments.ingest;

import java.util.List;

/** PLACEHOLDER owned by the carrier stream: the parcel carriers' tracking-API formats. */
final class CarrierFormats {

	private CarrierFormats() {
	}

	static List<EventFormat> all() {
		return List.of();
	}

}
