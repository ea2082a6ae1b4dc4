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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-usps}: the USPS Tracking API v3 JSON (domestic and international), one
 * package with {@code trackingEvents[]}. The instant is {@code GMTTimestamp} (to the
 * second, where the local {@code eventTimestamp} is to the minute); without it the local
 * time with {@code GMTOffset}. An event without a country is in the United States.
 */
public final class CarrierUspsFormat implements EventFormat {

	private static final String CARRIER = "USPS";

	private static final Pattern ERROR = Pattern
		.compile("^\\s*\\{\\s*\"apiVersion\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"error\"\\s*:\\s*\\{");

	private static final Map<String, TrackingStatus> CODES = Map.ofEntries(Map.entry("GX", TrackingStatus.BOOKED),
			Map.entry("MA", TrackingStatus.BOOKED), Map.entry("03", TrackingStatus.PICKED_UP),
			Map.entry("OA", TrackingStatus.PICKED_UP), Map.entry("SF", TrackingStatus.DEPARTED),
			Map.entry("T1", TrackingStatus.DEPARTED), Map.entry("10", TrackingStatus.ARRIVED),
			Map.entry("A1", TrackingStatus.ARRIVED), Map.entry("07", TrackingStatus.ARRIVED),
			Map.entry("TL", TrackingStatus.INFO), Map.entry("NT", TrackingStatus.INFO),
			Map.entry("OF", TrackingStatus.OUT_FOR_DELIVERY), Map.entry("01", TrackingStatus.DELIVERED),
			Map.entry("02", TrackingStatus.DELIVERY_FAILED), Map.entry("05", TrackingStatus.DELIVERY_FAILED),
			Map.entry("21", TrackingStatus.DELIVERY_FAILED), Map.entry("04", TrackingStatus.EXCEPTION),
			Map.entry("09", TrackingStatus.EXCEPTION), Map.entry("31", TrackingStatus.EXCEPTION),
			Map.entry("16", TrackingStatus.ARRIVED), Map.entry("14", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("PC", TrackingStatus.CUSTOMS_RELEASED));

	@Override
	public String name() {
		return "carrier-usps";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 8192);
		return head.contains("\"trackingEvents\"") && head.contains("\"mailClass\"") || ERROR.matcher(head).find();
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode error = root.path("error");
		if (error.isObject()) {
			throw new UnreadableFile("/error",
					CarrierEvents.error(CARRIER, CarrierJson.text(error, "code"), CarrierJson.text(error, "message")));
		}
		if (error.isString()) {
			throw new UnreadableFile("/error", CarrierEvents.error(CARRIER, CarrierJson.text(root, "error"),
					CarrierJson.text(root, "error_description")));
		}
		JsonNode list = root.path("trackingEvents");
		if (!list.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"trackingEvents\""));
		}
		List<RawReference> refs = CarrierEvents.references(CarrierJson.text(root, "trackingNumber"));
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			JsonNode event = list.get(i);
			String position = "/trackingEvents/" + i;
			String written = CarrierJson.text(event, "eventTimestamp");
			CarrierTimes.Resolved time = time(event, written);
			String code = CarrierJson.text(event, "eventCode");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "GMTTimestamp or eventTimestamp with GMTOffset"));
				continue;
			}
			if (code == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "eventCode")));
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null,
					CODES.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO), code,
					CarrierJson.text(event, "eventType"), time, place(event), refs, CarrierEvents.details("local-time",
							written, "firm", CarrierJson.text(event, "firm"), "name", CarrierJson.text(event, "name")),
					event.toString()));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static CarrierTimes.@Nullable Resolved time(JsonNode event, @Nullable String local) {
		CarrierTimes.Resolved gmt = CarrierTimes.iso(CarrierJson.text(event, "GMTTimestamp"), null);
		if (gmt != null) {
			return gmt;
		}
		String offset = CarrierJson.text(event, "GMTOffset");
		return CarrierTimes.iso(local == null ? null : local + (offset == null ? "" : offset), null);
	}

	private static Location place(JsonNode event) {
		String country = CarrierPlaces.countryCode(CarrierJson.text(event, "eventCountry"));
		String town = CarrierEvents.town(CarrierJson.text(event, "eventCity"), CarrierJson.text(event, "eventState"));
		return CarrierEvents.place(CarrierJson.text(event, "eventZIP"), town, country != null ? country : "US");
	}

}
