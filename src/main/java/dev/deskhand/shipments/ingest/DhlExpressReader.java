package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierDhlFormat.CARRIER;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * DHL Express XML-PI {@code TrackingResponse}: one {@code AWBInfo} per waybill, its
 * {@code ShipmentEvent}s with a local date and time at a service area written "Barcelona
 * - Spain" (the country named gives the zone).
 */
final class DhlExpressReader {

	private DhlExpressReader() {
	}

	static ParseResult read(String format, Element root) {
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (Element awb : CarrierXml.children(root, "AWBInfo")) {
			String number = CarrierXml.text(awb, "AWBNumber");
			String action = CarrierXml.text(awb, "Status", "ActionStatus");
			if (action != null && !"success".equalsIgnoreCase(action)) {
				rejected.add(new Rejection(CarrierXml.position(awb),
						CarrierEvents.error(CARRIER, CarrierXml.text(awb, "Status", "Condition", "ConditionCode"),
								orElse(CarrierXml.text(awb, "Status", "Condition", "ConditionData"), action))));
				continue;
			}
			Element info = CarrierXml.child(awb, "ShipmentInfo");
			if (info == null) {
				continue;
			}
			List<RawReference> refs = CarrierEvents.references(number,
					CarrierXml.text(info, "ShipperReference", "ReferenceID"));
			for (Element event : CarrierXml.children(info, "ShipmentEvent")) {
				read(event, refs, events, rejected);
			}
			Element estimate = CarrierXml.child(info, "EstDlvyDateUTC");
			CarrierTimes.Resolved time = estimate == null ? null
					: CarrierTimes.iso(CarrierXml.text(info, "EstDlvyDateUTC") + "Z", null);
			if (estimate != null && time != null) {
				events.add(CarrierEvents.estimatedDelivery(CARRIER, CarrierXml.position(estimate), "EstDlvyDateUTC",
						time, refs, CarrierXml.raw(estimate)));
			}
		}
		return CarrierEvents.finish(format, events, rejected);
	}

	private static void read(Element event, List<RawReference> refs, List<ParsedEvent> events,
			List<Rejection> rejected) {
		String position = CarrierXml.position(event);
		String code = CarrierXml.text(event, "ServiceEvent", "EventCode");
		String area = CarrierXml.text(event, "ServiceArea", "Description");
		Location location = area(area);
		String written = CarrierXml.text(event, "Date") + "T" + CarrierXml.text(event, "Time");
		CarrierTimes.Resolved time = CarrierTimes.iso(written, location == null ? null : location.countryCode());
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "<Date> yyyy-MM-dd and <Time> HH:mm:ss"));
			return;
		}
		if (code == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "ServiceEvent/EventCode")));
			return;
		}
		String signatory = CarrierXml.text(event, "Signatory");
		events.add(CarrierEvents.actual(CARRIER, position, null, DhlCodes.express(code), code,
				CarrierXml.text(event, "ServiceEvent", "Description"), time, location, refs,
				CarrierEvents.details("service-area", CarrierXml.text(event, "ServiceArea", "ServiceAreaCode"),
						"signatory", "OK".equals(code) ? signatory : null),
				CarrierXml.raw(event)));
	}

	/**
	 * "Barcelona - Spain", "KINGSTON-JAM", "SPRINGFIELD GARDENS,NY-USA": the city before
	 * the last dash, the country after it when it names one.
	 */
	static @Nullable Location area(@Nullable String description) {
		if (description == null) {
			return null;
		}
		int dash = description.lastIndexOf('-');
		if (dash > 0) {
			String country = CarrierPlaces.countryCode(description.substring(dash + 1).trim());
			if (country != null) {
				return new Location(null, description.substring(0, dash).trim(), country);
			}
		}
		return new Location(null, description.trim(), null);
	}

	private static String orElse(@Nullable String value, String fallback) {
		return value != null ? value : fallback;
	}

}
