package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-spring}: Spring GDS's XBS {@code TrackShipment} JSON
 * ({@code ErrorLevel}, {@code Error}, {@code Shipment.Events[]}); an answer with an
 * {@code ErrorLevel} other than 0 and no shipment is refused with Spring's {@code Error}.
 * An event's instant is its {@code Timestamp} (Unix seconds); the local {@code DateTime}
 * is kept in the details and read in the event's country only when the timestamp is
 * missing. Spring's own number and the delivering carrier's are both tracking numbers;
 * the delivering carrier's code and description of an event are kept in the details.
 */
public final class CarrierSpringFormat implements EventFormat {

	private static final String CARRIER = "Spring";

	private static final Pattern START = Pattern.compile("^\\s*\\{\\s*\"ErrorLevel\"\\s*:");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	/**
	 * Spring's event codes (XBS API, section 3). 101 "delivered to destination country"
	 * is the hand-over to the destination's post, not to the receiver: arrived. 40 "in
	 * customs" is clearance under way: info; 41 a customs exception: customs-hold.
	 * Returns (124, 125 and their 12xxx details) and lost parcels are exceptions.
	 */
	private static final Map<String, TrackingStatus> CODES = Map.ofEntries(Map.entry("0", TrackingStatus.BOOKED),
			Map.entry("12", TrackingStatus.INFO), Map.entry("15", TrackingStatus.INFO),
			Map.entry("18", TrackingStatus.PICKED_UP), Map.entry("19", TrackingStatus.INFO),
			Map.entry("20", TrackingStatus.PICKED_UP), Map.entry("21", TrackingStatus.INFO),
			Map.entry("2101", TrackingStatus.DEPARTED), Map.entry("2102", TrackingStatus.CUSTOMS_RELEASED),
			Map.entry("2103", TrackingStatus.ARRIVED), Map.entry("22", TrackingStatus.INFO),
			Map.entry("25", TrackingStatus.INFO), Map.entry("31", TrackingStatus.EXCEPTION),
			Map.entry("40", TrackingStatus.INFO), Map.entry("41", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("91", TrackingStatus.DELIVERY_FAILED), Map.entry("92", TrackingStatus.ARRIVED),
			Map.entry("93", TrackingStatus.ARRIVED), Map.entry("9101", TrackingStatus.ARRIVED),
			Map.entry("9102", TrackingStatus.INFO), Map.entry("9301", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("9302", TrackingStatus.DELAYED), Map.entry("100", TrackingStatus.DELIVERED),
			Map.entry("101", TrackingStatus.ARRIVED), Map.entry("111", TrackingStatus.EXCEPTION),
			Map.entry("124", TrackingStatus.EXCEPTION), Map.entry("125", TrackingStatus.EXCEPTION),
			Map.entry("1001", TrackingStatus.EXCEPTION), Map.entry("4106", TrackingStatus.CANCELLED),
			Map.entry("9999", TrackingStatus.INFO));

	@Override
	public String name() {
		return "carrier-spring";
	}

	@Override
	public boolean recognises(byte[] content) {
		return START.matcher(CarrierJson.head(content, 4096)).find();
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode shipment = root.path("Shipment");
		String level = CarrierJson.text(root, "ErrorLevel");
		if (!shipment.isObject() && level != null && !"0".equals(level)) {
			throw new UnreadableFile("/Error", CarrierEvents.error(CARRIER, null, CarrierJson.text(root, "Error")));
		}
		if (!shipment.isObject()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"Shipment\""));
		}
		List<RawReference> refs = CarrierEvents.trackingNumbers(
				Arrays.asList(CarrierJson.text(shipment, "TrackingNumber"),
						CarrierJson.text(shipment, "CarrierTrackingNumber")),
				CarrierJson.text(shipment, "ShipperReference"),
				CarrierJson.text(shipment, "CarrierLocalTrackingNumber"), CarrierJson.text(shipment, "DisplayId"));
		String delivering = CarrierJson.text(shipment, "Carrier");
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		JsonNode list = shipment.path("Events");
		for (int i = 0; i < list.size(); i++) {
			JsonNode event = list.get(i);
			String position = "/Shipment/Events/" + i;
			String country = CarrierPlaces.countryCode(CarrierJson.text(event, "Country"));
			String local = CarrierJson.text(event, "DateTime");
			CarrierTimes.Resolved time = CarrierTimes.epochSeconds(CarrierJson.text(event, "Timestamp"));
			if (time == null) {
				time = CarrierTimes.local(local, LOCAL, country);
			}
			String code = CarrierJson.text(event, "Code");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, local, "Timestamp or DateTime yyyy-MM-dd HH:mm:ss"));
				continue;
			}
			if (code == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "Code")));
				continue;
			}
			events.add(
					CarrierEvents.actual(CARRIER, position, null, CODES.getOrDefault(code, TrackingStatus.INFO), code,
							CarrierJson.text(event, "Description"), time,
							CarrierEvents.place(CarrierJson.text(event, "Zip"),
									CarrierEvents.town(CarrierJson.text(event, "City"),
											CarrierJson.text(event, "State")),
									country),
							refs,
							CarrierEvents.details("local-time", local, "end-delivery-carrier", delivering,
									"end-delivery-carrier-code", CarrierJson.text(event, "CarrierCode"),
									"end-delivery-carrier-description", CarrierJson.text(event, "CarrierDescription")),
							event.toString()));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

}
