package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-sendle}: Sendle's tracking JSON ({@code state}, {@code origin},
 * {@code destination}, {@code scheduling}, {@code tracking_events[]}). The instant is
 * {@code scan_time} (UTC; else {@code display_time}), the local {@code local_scan_time}
 * is kept in the details. A place is written as the scan names it ("TEANECK, NJ", "NEW
 * YORK NY DISTRIBUTION CENTER"); when origin and destination are one country (a domestic
 * parcel) it is that country. The answer names no parcel number (it answers a request for
 * one), so its events carry no reference and the ingest refuses them as belonging to no
 * shipment. {@code estimated_delivery_date_maximum} is an estimated delivery. An
 * OAuth-style {@code error} is refused with Sendle's message.
 */
public final class CarrierSendleFormat implements EventFormat {

	private static final String CARRIER = "Sendle";

	/**
	 * Sendle's event types. A pickup attempt that failed (the parcel was not ready)
	 * leaves it with the sender later than planned: delayed. Drop off is the sender
	 * handing it over: picked up. Left with an agent is at a pickup point, not yet
	 * delivered: arrived.
	 */
	private static final Map<String, TrackingStatus> TYPES = Map.ofEntries(
			Map.entry("pickup attempted", TrackingStatus.DELAYED), Map.entry("pickup", TrackingStatus.PICKED_UP),
			Map.entry("drop off", TrackingStatus.PICKED_UP), Map.entry("info", TrackingStatus.INFO),
			Map.entry("in transit", TrackingStatus.INFO), Map.entry("left with agent", TrackingStatus.ARRIVED),
			Map.entry("out for delivery", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("delivery attempted", TrackingStatus.DELIVERY_FAILED),
			Map.entry("card left", TrackingStatus.DELIVERY_FAILED), Map.entry("delivered", TrackingStatus.DELIVERED),
			Map.entry("damaged", TrackingStatus.DAMAGED), Map.entry("return to sender", TrackingStatus.EXCEPTION));

	@Override
	public String name() {
		return "carrier-sendle";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 4096);
		return head.contains("\"tracking_events\"")
				&& (head.contains("\"scheduling\"") || head.contains("\"scan_time\""));
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		if (root.path("error").isString()) {
			throw new UnreadableFile("/error", CarrierEvents.error(CARRIER, CarrierJson.text(root, "error"),
					CarrierJson.text(root, "error_description")));
		}
		JsonNode list = root.path("tracking_events");
		if (!list.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"tracking_events\""));
		}
		String from = CarrierPlaces.countryCode(CarrierJson.text(root.path("origin"), "country"));
		String to = CarrierPlaces.countryCode(CarrierJson.text(root.path("destination"), "country"));
		String domestic = from != null && from.equals(to) ? from : null;
		List<RawReference> refs = List.of();
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			JsonNode event = list.get(i);
			String position = "/tracking_events/" + i;
			String scan = CarrierJson.text(event, "scan_time");
			String written = scan != null ? scan : CarrierJson.text(event, "display_time");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, null);
			String type = CarrierJson.text(event, "event_type");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "scan_time or display_time, ISO 8601"));
				continue;
			}
			if (type == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "event_type")));
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null,
					TYPES.getOrDefault(type.toLowerCase(Locale.ROOT), TrackingStatus.INFO), type,
					CarrierEvents.joined(CarrierJson.text(event, "description"), CarrierJson.text(event, "reason")),
					time, place(CarrierJson.text(event, "location"), domestic), refs,
					CarrierEvents.details("local-time", CarrierJson.text(event, "local_scan_time")), event.toString()));
		}
		CarrierTimes.Resolved estimate = CarrierTimes
			.dayOrIso(CarrierJson.text(root.path("scheduling"), "estimated_delivery_date_maximum"), to);
		if (estimate != null) {
			events.add(CarrierEvents.estimatedDelivery(CARRIER, "/scheduling/estimated_delivery_date_maximum",
					"estimated_delivery_date_maximum", estimate, refs, "{\"estimated_delivery_date_maximum\":"
							+ root.path("scheduling").path("estimated_delivery_date_maximum") + "}"));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static @Nullable Location place(@Nullable String written, @Nullable String domestic) {
		return written == null ? null : new Location(null, written, domestic);
	}

}
