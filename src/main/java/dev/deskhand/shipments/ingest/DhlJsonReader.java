package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierDhlFormat.CARRIER;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * DHL's JSON shapes: the universal Shipment Tracking API (events with {@code statusCode}
 * and ISO timestamps) and the MyDHL API (events with {@code typeCode}, a date and a
 * time), told apart per shipment by MyDHL's {@code shipmentTrackingNumber}.
 */
final class DhlJsonReader {

	private DhlJsonReader() {
	}

	static ParseResult read(String format, JsonNode root) {
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		JsonNode shipments = root.path("shipments");
		for (int i = 0; i < shipments.size(); i++) {
			JsonNode shipment = shipments.get(i);
			String at = "/shipments/" + i;
			if (shipment.has("shipmentTrackingNumber")) {
				myDhl(shipment, at, events, rejected);
			}
			else {
				universal(shipment, at, events, rejected);
			}
		}
		return CarrierEvents.finish(format, events, rejected);
	}

	private static void universal(JsonNode shipment, String at, List<ParsedEvent> events, List<Rejection> rejected) {
		List<RawReference> refs = CarrierEvents.references(CarrierJson.text(shipment, "id"),
				referenceNumbers(shipment.path("details").path("references")));
		JsonNode list = shipment.path("events");
		for (int j = 0; j < list.size(); j++) {
			JsonNode event = list.get(j);
			String position = at + "/events/" + j;
			JsonNode address = event.path("location").path("address");
			String country = CarrierPlaces.countryCode(CarrierJson.text(address, "countryCode"));
			String written = CarrierJson.text(event, "timestamp");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, country);
			String code = CarrierJson.text(event, "statusCode");
			String status = CarrierJson.text(event, "status");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "ISO 8601 timestamp"));
				continue;
			}
			if (code == null && status == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "statusCode")));
				continue;
			}
			String description = CarrierJson.text(event, "description");
			events.add(CarrierEvents.actual(CARRIER, position, null, DhlCodes.universal(code),
					code != null ? code : status, description != null ? description : status, time,
					CarrierEvents.place(CarrierJson.text(address, "postalCode"),
							CarrierJson.text(address, "addressLocality"), country),
					refs, CarrierEvents.details("status", status, "remark", CarrierJson.text(event, "remark"),
							"next-steps", CarrierJson.text(event, "nextSteps")),
					event.toString()));
		}
		estimate(shipment, at, "estimatedTimeOfDelivery", refs, events);
	}

	private static void myDhl(JsonNode shipment, String at, List<ParsedEvent> events, List<Rejection> rejected) {
		List<RawReference> refs = CarrierEvents.references(CarrierJson.text(shipment, "shipmentTrackingNumber"));
		JsonNode list = shipment.path("events");
		for (int j = 0; j < list.size(); j++) {
			JsonNode event = list.get(j);
			String position = at + "/events/" + j;
			String written = CarrierJson.text(event, "date") + "T" + CarrierJson.text(event, "time");
			// MyDHL names the service area ("New York, NY") but no country: no zone is
			// known
			CarrierTimes.Resolved time = CarrierTimes.iso(written, null);
			String code = CarrierJson.text(event, "typeCode");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "date yyyy-MM-dd and time HH:mm:ss"));
				continue;
			}
			if (code == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "typeCode")));
				continue;
			}
			JsonNode area = event.path("serviceArea").path(0);
			String areaName = CarrierJson.text(area, "description");
			events.add(CarrierEvents.actual(CARRIER, position, null, DhlCodes.express(code), code,
					CarrierJson.text(event, "description"), time,
					areaName == null ? null : new ParsedEvent.Location(null, areaName, null), refs,
					CarrierEvents.details("service-area", CarrierJson.text(area, "code")), event.toString()));
		}
		estimate(shipment, at, "estimatedTimeOfDelivery", refs, events);
	}

	private static void estimate(JsonNode shipment, String at, String field, List<RawReference> refs,
			List<ParsedEvent> events) {
		CarrierTimes.Resolved time = CarrierTimes.iso(CarrierJson.text(shipment, field), null);
		if (time != null) {
			events.add(CarrierEvents.estimatedDelivery(CARRIER, at + "/" + field, field, time, refs,
					"{\"" + field + "\":" + shipment.path(field) + "}"));
		}
	}

	private static String[] referenceNumbers(JsonNode references) {
		List<String> numbers = new ArrayList<>();
		for (JsonNode ref : references.isArray() ? references.values() : List.of(references)) {
			String number = CarrierJson.text(ref, "number");
			if (number != null) {
				numbers.add(number);
			}
		}
		return numbers.toArray(String[]::new);
	}

}
