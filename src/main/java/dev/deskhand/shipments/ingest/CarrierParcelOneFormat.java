package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-parcelone}: ParcelOne's tracking JSON ({@code success}, {@code results}
 * with the delivering carrier's tracking id and {@code Events[]}). The events' carrier is
 * the delivering carrier ParcelOne names ({@code CarrierIDLMC}), else ParcelOne. A place
 * is written "Munich, Germany" (the country gives the zone) or "Munich Hub" (none known).
 */
public final class CarrierParcelOneFormat implements EventFormat {

	private static final String CARRIER = "ParcelOne";

	private static final Pattern START = Pattern
		.compile("^\\s*\\{\\s*\"success\"\\s*:\\s*\\d+\\s*,\\s*\"results\"\\s*:");

	/** ParcelOne's own codes; REGISTERED is the announcement of the shipment: booked. */
	private static final Map<String, TrackingStatus> CODES = Map.of("REGISTERED", TrackingStatus.BOOKED, "PICKED_UP",
			TrackingStatus.PICKED_UP, "IN_TRANSIT", TrackingStatus.INFO, "ARRIVED", TrackingStatus.ARRIVED,
			"OUT_FOR_DELIVERY", TrackingStatus.OUT_FOR_DELIVERY, "DELIVERED", TrackingStatus.DELIVERED, "NOT_DELIVERED",
			TrackingStatus.DELIVERY_FAILED, "RETURNED", TrackingStatus.EXCEPTION, "EXCEPTION",
			TrackingStatus.EXCEPTION);

	@Override
	public String name() {
		return "carrier-parcelone";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 4096);
		return START.matcher(head).find() && head.contains("\"Events\"");
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode results = root.path("results");
		if (!"1".equals(CarrierJson.text(root, "success"))) {
			throw new UnreadableFile("/success", CarrierEvents.error(CARRIER, CarrierJson.text(results, "ErrorCode"),
					CarrierJson.text(results, "Message")));
		}
		if (!results.isObject()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"results\""));
		}
		String carrier = CarrierJson.text(results, "CarrierIDLMC");
		String by = carrier != null ? carrier : CARRIER;
		List<RawReference> refs = CarrierEvents.references(CarrierJson.text(results, "CarrierTrackingID"));
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		JsonNode list = results.path("Events");
		for (int i = 0; i < list.size(); i++) {
			JsonNode event = list.get(i);
			String position = "/results/Events/" + i;
			Location place = CarrierPlaces.cityAndCountry(CarrierJson.text(event, "Location"));
			String written = CarrierJson.text(event, "DateTime");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, place == null ? null : place.countryCode());
			String code = CarrierJson.text(event, "StatusCode");
			Rejection missing = CarrierEvents.missing(position, time, written, code, "StatusCode");
			if (missing != null) {
				rejected.add(missing);
				continue;
			}
			events.add(CarrierEvents.actual(by, position, null,
					CODES.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO), code,
					CarrierJson.text(event, "Description"), time, place, refs, CarrierEvents.details("via", CARRIER),
					event.toString()));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

}
