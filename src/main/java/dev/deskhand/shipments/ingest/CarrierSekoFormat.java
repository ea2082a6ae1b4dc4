package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-seko}: SEKO Logistics' (Omni Parcel) tracking JSON, an array of
 * consignments ({@code ConsignmentNo}, {@code Reference1}) with {@code Events[]}. An
 * event's status is SEKO's own {@code OmniCode} ({@code OP-72}); {@code Code} is the
 * delivering partner's code (GLS's "3.0"), kept in the details. Places are written
 * "LONDON,EGHAM,GB", "Essen, DE" or "NL" (the last part is the country); times are local
 * without offset ({@code 2024-12-13T09:55:23.043}), read in that country's zone, else
 * assumed UTC. An answer {@code {"Errors":[{Property, Message …}]}} is refused.
 */
public final class CarrierSekoFormat implements EventFormat {

	private static final String CARRIER = "SEKO Logistics";

	private static final Pattern START = Pattern.compile("^\\s*\\[\\s*\\{");

	/**
	 * SEKO's OmniCodes by what they say. Awaiting collection and transferred to a
	 * collection point are arrived (at the pickup point, not yet with the receiver, as
	 * DPD's ParcelShop); processing, hand-overs between partners and "International
	 * transit" (OP-4, also sent when GLS took the parcel over) are info; held and blocked
	 * parcels, losses, disposals and returns are exceptions.
	 */
	private static final Map<String, TrackingStatus> CODES = codes();

	@Override
	public String name() {
		return "carrier-seko";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 4096);
		return START.matcher(head).find() && head.contains("\"ConsignmentNo\"") && head.contains("\"OmniCode\"");
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode errors = root.path("Errors");
		if (errors.isArray() && !errors.isEmpty()) {
			JsonNode error = errors.get(0);
			throw new UnreadableFile("/Errors/0", CarrierEvents.error(CARRIER, null,
					CarrierEvents.joined(CarrierJson.text(error, "Property"), CarrierJson.text(error, "Message"))));
		}
		if (!root.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "[{\"ConsignmentNo\" …}]"));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < root.size(); i++) {
			JsonNode consignment = root.get(i);
			List<RawReference> refs = CarrierEvents.references(CarrierJson.text(consignment, "ConsignmentNo"),
					CarrierJson.text(consignment, "Reference1"));
			JsonNode list = consignment.path("Events");
			for (int j = 0; j < list.size(); j++) {
				read(list.get(j), "/" + i + "/Events/" + j, refs, events, rejected);
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(JsonNode event, String position, List<RawReference> refs, List<ParsedEvent> events,
			List<Rejection> rejected) {
		Location place = CarrierPlaces.cityAndCountry(CarrierJson.text(event, "Location"));
		String written = CarrierJson.text(event, "EventDT");
		CarrierTimes.Resolved time = CarrierTimes.iso(written, place == null ? null : place.countryCode());
		String code = CarrierJson.text(event, "OmniCode");
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "ISO 8601 date-time"));
			return;
		}
		if (code == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "OmniCode")));
			return;
		}
		events.add(CarrierEvents.actual(CARRIER, position, null,
				CODES.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO), code,
				CarrierJson.text(event, "Description"), time, place, refs,
				CarrierEvents.details("end-delivery-carrier-code", CarrierJson.text(event, "Code")), event.toString()));
	}

	private static Map<String, TrackingStatus> codes() {
		Map<String, TrackingStatus> codes = new HashMap<>();
		// order ready, manifest sent, not yet received, collection requested
		put(codes, TrackingStatus.BOOKED, 1, 8, 9, 12);
		// received by the carrier (with or without manifest), accepted, collected
		put(codes, TrackingStatus.PICKED_UP, 10, 11, 14, 33, 89);
		put(codes, TrackingStatus.CUSTOMS_RELEASED, 5);
		put(codes, TrackingStatus.CUSTOMS_HOLD, 6);
		// arrived at a courier facility, flight arrived, at or moved to a collection
		// point
		put(codes, TrackingStatus.ARRIVED, 19, 25, 42, 50, 54, 78);
		// departed a courier facility, flight departed
		put(codes, TrackingStatus.DEPARTED, 51, 81);
		put(codes, TrackingStatus.OUT_FOR_DELIVERY, 21);
		put(codes, TrackingStatus.DELIVERED, 71, 72, 73, 74, 75, 76, 77);
		// attempted deliveries, bad address, receiver unknown or absent, refused, not
		// collected from the store
		put(codes, TrackingStatus.DELIVERY_FAILED, 23, 24, 27, 28, 30, 37, 38, 43, 45, 55, 84, 86);
		// delayed, misdirected, mis-sorted
		put(codes, TrackingStatus.DELAYED, 13, 16, 35);
		put(codes, TrackingStatus.DAMAGED, 17);
		// held, blocked, wrong declaration, unpaid; lost, disposed; returns to sender
		put(codes, TrackingStatus.EXCEPTION, 2, 15, 26, 29, 40, 41, 49, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 68, 69,
				70, 83, 85, 87, 88, 90, 91, 92, 94);
		put(codes, TrackingStatus.CANCELLED, 34, 67);
		return Map.copyOf(codes);
	}

	private static void put(Map<String, TrackingStatus> codes, TrackingStatus status, int... numbers) {
		for (int n : numbers) {
			codes.put("OP-" + n, status);
		}
	}

}
