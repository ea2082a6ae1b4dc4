package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-asendia}: Asendia's tracking JSON, one parcel ({@code trackingNumber})
 * with {@code trackingEvents[]} (code, time with offset, place and country); its error is
 * a problem answer ({@code status}, {@code title}, {@code detail}) whose {@code type}
 * names asendia-sync.com. The events' {@code id} counts within the answer (1, 2, 3): it
 * is kept in the details, not used as the event's identity.
 */
public final class CarrierAsendiaFormat implements EventFormat {

	private static final String CARRIER = "Asendia";

	/** PU picked up, IT in transit (info), DL delivered; others are info. */
	private static final Map<String, TrackingStatus> CODES = Map.of("PU", TrackingStatus.PICKED_UP, "IT",
			TrackingStatus.INFO, "DL", TrackingStatus.DELIVERED);

	@Override
	public String name() {
		return "carrier-asendia";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 4096);
		return head.contains("\"trackingEvents\"") && head.contains("\"carrierEventDescription\"")
				|| head.contains("\"https://www.asendia-sync.com/problem/");
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		CarrierJson.refuseProblem(root, CARRIER);
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
			String country = CarrierPlaces.countryCode(CarrierJson.text(event, "locationCountry"));
			String written = CarrierJson.text(event, "time");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, country);
			String code = CarrierJson.text(event, "code");
			Rejection missing = CarrierEvents.missing(position, time, written, code, "code");
			if (missing != null) {
				rejected.add(missing);
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null,
					CODES.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO), code,
					CarrierJson.text(event, "carrierEventDescription"), time,
					CarrierEvents.place(null, CarrierJson.text(event, "locationName"), country), refs,
					CarrierEvents.details("event-id", CarrierJson.text(event, "id")), event.toString()));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

}
