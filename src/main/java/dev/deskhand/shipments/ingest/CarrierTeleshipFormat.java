package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-teleship}: Teleship's shipment tracking JSON ({@code trackingNumber},
 * {@code shipFrom}, {@code shipTo}, {@code firstMile}, {@code lastMile}, {@code events[]}
 * with a code, an ISO time and "London, GB"). Teleship's number and the first- and
 * last-mile carriers' are tracking numbers. {@code estimatedDelivery} (a date or a
 * date-time) is an estimated delivery. An answer of {@code messages[]} is Teleship's
 * error.
 */
public final class CarrierTeleshipFormat implements EventFormat {

	private static final String CARRIER = "Teleship";

	/**
	 * Teleship's event codes. The code decides, not the description: the sample's last
	 * {@code in_transit} event says "Out for delivery" and stays info.
	 */
	private static final Map<String, TrackingStatus> CODES = Map.ofEntries(Map.entry("pending", TrackingStatus.BOOKED),
			Map.entry("created", TrackingStatus.BOOKED), Map.entry("label_created", TrackingStatus.BOOKED),
			Map.entry("collected", TrackingStatus.PICKED_UP), Map.entry("picked_up", TrackingStatus.PICKED_UP),
			Map.entry("in_hub", TrackingStatus.ARRIVED), Map.entry("in_transit", TrackingStatus.INFO),
			Map.entry("customs_cleared", TrackingStatus.CUSTOMS_RELEASED),
			Map.entry("out_for_delivery", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("delivered", TrackingStatus.DELIVERED),
			Map.entry("delivery_failed", TrackingStatus.DELIVERY_FAILED),
			Map.entry("returned", TrackingStatus.EXCEPTION), Map.entry("cancelled", TrackingStatus.CANCELLED));

	@Override
	public String name() {
		return "carrier-teleship";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 8192);
		return head.contains("\"shipmentId\"") && head.contains("\"shipTo\"")
				&& (head.contains("\"lastMile\"") || head.contains("\"firstMile\""));
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode messages = root.path("messages");
		if (messages.isArray() && !messages.isEmpty()) {
			JsonNode message = messages.get(0);
			List<String> details = new ArrayList<>();
			message.path("details").forEach(d -> {
				if (d.isString() && !d.asString().isBlank()) {
					details.add(d.asString().trim());
				}
			});
			String words = CarrierJson.text(message, "message");
			String more = details.isEmpty() ? null : String.join("; ", details);
			throw new UnreadableFile("/messages/0", CarrierEvents.error(CARRIER, CarrierJson.text(message, "code"),
					words == null ? more : more == null ? words : words + " (" + more + ")"));
		}
		JsonNode list = root.path("events");
		if (!list.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"events\""));
		}
		List<RawReference> refs = CarrierEvents.trackingNumbers(
				Arrays.asList(CarrierJson.text(root, "trackingNumber"),
						CarrierJson.text(root.path("firstMile"), "trackingNumber"),
						CarrierJson.text(root.path("lastMile"), "trackingNumber")),
				CarrierJson.text(root, "shipmentId"), CarrierJson.text(root, "customerReference"));
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			JsonNode event = list.get(i);
			String position = "/events/" + i;
			Location place = CarrierPlaces.cityAndCountry(CarrierJson.text(event, "location"));
			String written = CarrierJson.text(event, "timestamp");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, place == null ? null : place.countryCode());
			String code = CarrierJson.text(event, "code");
			Rejection missing = CarrierEvents.missing(position, time, written, code, "code");
			if (missing != null) {
				rejected.add(missing);
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null,
					CODES.getOrDefault(code.toLowerCase(Locale.ROOT), TrackingStatus.INFO), code,
					CarrierJson.text(event, "description"), time, place, refs,
					CarrierEvents.details("first-mile-carrier", CarrierJson.text(root.path("firstMile"), "carrier"),
							"end-delivery-carrier", CarrierJson.text(root.path("lastMile"), "carrier")),
					event.toString()));
		}
		String country = CarrierPlaces.countryCode(CarrierJson.text(root.path("shipTo").path("address"), "country"));
		CarrierTimes.Resolved estimate = CarrierTimes.dayOrIso(CarrierJson.text(root, "estimatedDelivery"), country);
		if (estimate != null) {
			events.add(CarrierEvents.estimatedDelivery(CARRIER, "/estimatedDelivery", "estimatedDelivery", estimate,
					refs, "{\"estimatedDelivery\":" + root.path("estimatedDelivery") + "}"));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

}
