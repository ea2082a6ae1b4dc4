package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-smartkargo}: SmartKargo's tracking JSON, an array of piece events with
 * the waybill ({@code prefix} + {@code airWaybill}), an event type and a local
 * {@code eventDate} (.NET writes seven fraction digits, "23:43:17.6571145"). The time
 * zone is the one the partner API's {@code location.timezone} names; the plain API names
 * only an airport, so its times are taken as UTC. Each shipment's estimated delivery is
 * one estimated event.
 */
public final class CarrierSmartKargoFormat implements EventFormat {

	private static final String CARRIER = "SmartKargo";

	private static final Pattern START = Pattern.compile("^\\s*\\[\\s*\\{");

	private static final Map<String, TrackingStatus> CODES = Map.ofEntries(Map.entry("BKD", TrackingStatus.BOOKED),
			Map.entry("RCS", TrackingStatus.PICKED_UP), Map.entry("MAN", TrackingStatus.LOADED),
			Map.entry("DEP", TrackingStatus.DEPARTED), Map.entry("ARR", TrackingStatus.ARRIVED),
			Map.entry("RCF", TrackingStatus.ARRIVED), Map.entry("NFD", TrackingStatus.ARRIVED),
			Map.entry("PND", TrackingStatus.INFO), Map.entry("OFD", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("DDL", TrackingStatus.DELIVERED), Map.entry("DLV", TrackingStatus.DELIVERED),
			Map.entry("CCD", TrackingStatus.CUSTOMS_RELEASED), Map.entry("DIS", TrackingStatus.EXCEPTION));

	@Override
	public String name() {
		return "carrier-smartkargo";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 4096);
		return START.matcher(head).find() && head.contains("\"airWaybill\"") && head.contains("\"headerReference\"")
				&& head.contains("\"eventType\"");
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode error = root.path("error");
		if (error.isObject()) {
			throw new UnreadableFile("/error",
					CarrierEvents.error(CARRIER, CarrierJson.text(error, "code"), CarrierJson.text(error, "message")));
		}
		if (!root.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "[{\"airWaybill\" …}]"));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		Set<String> estimates = new HashSet<>();
		for (int i = 0; i < root.size(); i++) {
			JsonNode event = root.get(i);
			String position = "/" + i;
			String waybill = join(CarrierJson.text(event, "prefix"), CarrierJson.text(event, "airWaybill"));
			List<RawReference> refs = CarrierEvents.references(waybill, CarrierJson.text(event, "headerReference"),
					CarrierJson.text(event, "packageReference"), CarrierJson.text(event, "pieceReference"));
			JsonNode where = event.path("location");
			String written = CarrierJson.text(event, "eventDate");
			CarrierTimes.Resolved time = time(written, CarrierJson.text(where, "timezone"));
			String code = CarrierJson.text(event, "eventType");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "yyyy-MM-ddTHH:mm:ss[.fffffff]"));
				continue;
			}
			if (code == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "eventType")));
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null,
					CODES.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO), code,
					CarrierJson.text(event, "description"), time, place(event, where), refs,
					CarrierEvents.details("airport", CarrierJson.text(event, "eventLocation"), "flight",
							CarrierJson.text(event, "flightNumber")),
					event.toString()));
			String estimate = CarrierJson.text(event, "estimatedDeliveryDate");
			CarrierTimes.Resolved expected = time(estimate, CarrierJson.text(where, "timezone"));
			if (expected != null && estimates.add(waybill + "@" + estimate)) {
				events.add(CarrierEvents.estimatedDelivery(CARRIER, position + "/estimatedDeliveryDate",
						"estimatedDeliveryDate", expected, refs, "{\"estimatedDeliveryDate\":\"" + estimate + "\"}"));
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static CarrierTimes.@Nullable Resolved time(@Nullable String written, @Nullable String zone) {
		if (written == null) {
			return null;
		}
		if (zone != null) {
			try {
				ZoneId id = ZoneId.of(zone);
				return new CarrierTimes.Resolved(LocalDateTime.parse(written).atZone(id).toInstant(), id.getId());
			}
			catch (java.time.DateTimeException e) {
				// an unknown zone or another shape of time: read as the others
			}
		}
		return CarrierTimes.iso(written, null);
	}

	private static @Nullable Location place(JsonNode event, JsonNode where) {
		String city = CarrierJson.text(where, "city");
		if (city != null) {
			return CarrierEvents.place(CarrierJson.text(where, "zip"), city,
					CarrierPlaces.countryCode(CarrierJson.text(where, "countryId")));
		}
		String airport = CarrierJson.text(event, "eventLocation");
		return airport == null ? null : new Location(null, airport, null);
	}

	private static @Nullable String join(@Nullable String prefix, @Nullable String number) {
		if (number == null) {
			return null;
		}
		return prefix == null ? number : prefix + number;
	}

}
