package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-gls}: the GLS Track and Trace JSON, {@code parcels[].events[]} with
 * codes like {@code INTIAL.PREADVICE} (GLS's spelling) whose part before the dot is the
 * stage; a parcel with {@code errorCode} is refused with GLS's code and message.
 */
public final class CarrierGlsFormat implements EventFormat {

	private static final String CARRIER = "GLS";

	private static final Pattern START = Pattern
		.compile("^\\s*\\{\\s*\"parcels\"\\s*:\\s*\\[\\s*\\{\\s*\"requested\"\\s*:");

	@Override
	public String name() {
		return "carrier-gls";
	}

	@Override
	public boolean recognises(byte[] content) {
		return START.matcher(CarrierJson.head(content, 4096)).find();
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode parcels = CarrierJson.read(content, CARRIER).path("parcels");
		if (!parcels.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"parcels\""));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < parcels.size(); i++) {
			JsonNode parcel = parcels.get(i);
			String at = "/parcels/" + i;
			String error = CarrierJson.text(parcel, "errorCode");
			if (error != null) {
				rejected.add(new Rejection(at + "/errorCode",
						CarrierEvents.error(CARRIER, error, CarrierJson.text(parcel, "errorMessage"))));
				continue;
			}
			String unit = CarrierJson.text(parcel, "unitno");
			List<RawReference> refs = CarrierEvents
				.references(unit != null ? unit : CarrierJson.text(parcel, "requested"));
			JsonNode list = parcel.path("events");
			for (int j = 0; j < list.size(); j++) {
				JsonNode event = list.get(j);
				String position = at + "/events/" + j;
				String country = CarrierPlaces.countryCode(CarrierJson.text(event, "country"));
				String written = CarrierJson.text(event, "eventDateTime");
				CarrierTimes.Resolved time = CarrierTimes.iso(written, country);
				String code = CarrierJson.text(event, "code");
				Rejection missing = CarrierEvents.missing(position, time, written, code, "code");
				if (missing != null) {
					rejected.add(missing);
					continue;
				}
				events.add(CarrierEvents.actual(CARRIER, position, null, status(code), code,
						CarrierJson.text(event, "description"), time, CarrierEvents
							.place(CarrierJson.text(event, "postalCode"), CarrierJson.text(event, "city"), country),
						refs, java.util.Map.of(), event.toString()));
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	/** The stage before the dot; PREADVICE (data only, nothing handed over) is booked. */
	static TrackingStatus status(String code) {
		String c = code.toUpperCase(Locale.ROOT);
		String stage = c.contains(".") ? c.substring(0, c.indexOf('.')) : c;
		if (c.endsWith(".PREADVICE") || "PREADVICE".equals(stage)) {
			return TrackingStatus.BOOKED;
		}
		return switch (stage) {
			case "INTIAL", "INITIAL" -> TrackingStatus.PICKED_UP;
			case "INWAREHOUSE" -> TrackingStatus.ARRIVED;
			case "INDELIVERY" -> TrackingStatus.OUT_FOR_DELIVERY;
			case "DELIVERED", "DELIVEREDPS" -> TrackingStatus.DELIVERED;
			case "NOTDELIVERED" -> TrackingStatus.DELIVERY_FAILED;
			case "CANCELED", "CANCELLED" -> TrackingStatus.CANCELLED;
			case "RETURNED", "EXCEPTION" -> TrackingStatus.EXCEPTION;
			default -> TrackingStatus.INFO;
		};
	}

}
