package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-fedex}: the FedEx Track API JSON, {@code output.completeTrackResults[]
 * .trackResults[].scanEvents[]}, and its error answer {@code errors[]}. A track result
 * with an error and no scan events is refused with FedEx's code; the others are read. Two
 * track results for the same number (FedEx reuses numbers: they differ in
 * {@code trackingNumberUniqueId}) are both kept; an event repeated identically is left to
 * the ingest, which stores it once by its digest.
 */
public final class CarrierFedexFormat implements EventFormat {

	private static final String CARRIER = "FedEx";

	private static final Pattern START = Pattern.compile("^\\s*\\{\\s*\"transactionId\"\\s*:");

	private static final Map<String, TrackingStatus> TYPES = Map.ofEntries(Map.entry("OC", TrackingStatus.BOOKED),
			Map.entry("PU", TrackingStatus.PICKED_UP), Map.entry("PX", TrackingStatus.PICKED_UP),
			Map.entry("AR", TrackingStatus.ARRIVED), Map.entry("AF", TrackingStatus.ARRIVED),
			Map.entry("AA", TrackingStatus.ARRIVED), Map.entry("PL", TrackingStatus.ARRIVED),
			Map.entry("DP", TrackingStatus.DEPARTED), Map.entry("LO", TrackingStatus.DEPARTED),
			Map.entry("OD", TrackingStatus.OUT_FOR_DELIVERY), Map.entry("DL", TrackingStatus.DELIVERED),
			Map.entry("DE", TrackingStatus.DELIVERY_FAILED), Map.entry("DY", TrackingStatus.DELAYED),
			Map.entry("DD", TrackingStatus.DELAYED), Map.entry("CD", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("CC", TrackingStatus.CUSTOMS_RELEASED), Map.entry("SE", TrackingStatus.EXCEPTION),
			Map.entry("RS", TrackingStatus.EXCEPTION), Map.entry("CA", TrackingStatus.CANCELLED));

	@Override
	public String name() {
		return "carrier-fedex";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 8192);
		return START.matcher(head).find() && (head.contains("\"completeTrackResults\"") || head.contains("\"errors\"")
				|| head.contains("\"documentType\""));
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		JsonNode errors = root.path("errors");
		if (errors.isArray() && !errors.isEmpty()) {
			throw new UnreadableFile("/errors/0", CarrierEvents.error(CARRIER, CarrierJson.text(errors.get(0), "code"),
					CarrierJson.text(errors.get(0), "message")));
		}
		JsonNode output = root.path("output");
		if (output.has("documentType")) {
			throw new UnreadableFile("/output/documentType",
					Text.of("ingest.reject.carrier.not-tracking", CARRIER, CarrierJson.text(output, "documentType")));
		}
		JsonNode results = output.path("completeTrackResults");
		if (!results.isArray()) {
			throw new UnreadableFile("1",
					Text.of("ingest.reject.carrier.shape", CARRIER, "\"output\".\"completeTrackResults\""));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			JsonNode complete = results.get(i);
			JsonNode track = complete.path("trackResults");
			for (int j = 0; j < track.size(); j++) {
				readResult(track.get(j), "/output/completeTrackResults/" + i + "/trackResults/" + j,
						CarrierJson.text(complete, "trackingNumber"), events, rejected);
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private void readResult(JsonNode result, String at, @Nullable String asked, List<ParsedEvent> events,
			List<Rejection> rejected) {
		JsonNode scans = result.path("scanEvents");
		JsonNode error = result.path("error");
		if ((!scans.isArray() || scans.isEmpty()) && error.isObject()) {
			rejected.add(new Rejection(at + "/error",
					CarrierEvents.error(CARRIER, CarrierJson.text(error, "code"), CarrierJson.text(error, "message"))));
			return;
		}
		JsonNode info = result.path("trackingNumberInfo");
		String number = CarrierJson.text(info, "trackingNumber");
		List<RawReference> refs = references(number != null ? number : asked, result);
		String unique = CarrierJson.text(info, "trackingNumberUniqueId");
		for (int k = 0; k < scans.size(); k++) {
			JsonNode scan = scans.get(k);
			String position = at + "/scanEvents/" + k;
			JsonNode place = scan.path("scanLocation");
			String country = CarrierPlaces.countryCode(CarrierJson.text(place, "countryCode"));
			String written = CarrierJson.text(scan, "date");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, country);
			String code = CarrierJson.text(scan, "eventType");
			Rejection missing = CarrierEvents.missing(position, time, written, code, "eventType");
			if (missing != null) {
				rejected.add(missing);
				continue;
			}
			String reason = CarrierEvents.joined(CarrierJson.text(scan, "eventDescription"),
					CarrierJson.text(scan, "exceptionDescription"));
			events
				.add(CarrierEvents.actual(CARRIER, position, null,
						TYPES.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO), code, reason, time,
						CarrierEvents
							.place(CarrierJson.text(place, "postalCode"), CarrierJson.text(place, "city"), country),
						refs,
						CarrierEvents.details("exception-code", CarrierJson.text(scan, "exceptionCode"),
								"derived-status", CarrierJson.text(scan, "derivedStatusCode"), "location-id",
								CarrierJson.text(scan, "locationId"), "tracking-number-unique-id", unique),
						scan.toString()));
		}
		estimate(result, at, refs, events);
	}

	/** FedEx's estimated delivery: the ESTIMATED_DELIVERY date, else the window's end. */
	private static void estimate(JsonNode result, String at, List<RawReference> refs, List<ParsedEvent> events) {
		JsonNode times = result.path("dateAndTimes");
		for (int d = 0; d < times.size(); d++) {
			if ("ESTIMATED_DELIVERY".equals(CarrierJson.text(times.get(d), "type"))) {
				CarrierTimes.Resolved time = CarrierTimes.iso(CarrierJson.text(times.get(d), "dateTime"), null);
				if (time != null) {
					events.add(CarrierEvents.estimatedDelivery(CARRIER, at + "/dateAndTimes/" + d, "ESTIMATED_DELIVERY",
							time, refs, times.get(d).toString()));
					return;
				}
			}
		}
		JsonNode window = result.path("estimatedDeliveryTimeWindow").path("window");
		CarrierTimes.Resolved end = CarrierTimes.iso(CarrierJson.text(window, "ends"), null);
		if (end != null) {
			events.add(CarrierEvents.estimatedDelivery(CARRIER, at + "/estimatedDeliveryTimeWindow/window/ends",
					"estimatedDeliveryTimeWindow", end, refs, window.toString()));
		}
	}

	private static List<RawReference> references(@Nullable String number, JsonNode result) {
		List<RawReference> refs = new ArrayList<>(CarrierEvents.references(number));
		for (JsonNode id : result.path("additionalTrackingInfo").path("packageIdentifiers")) {
			String type = CarrierJson.text(id, "type");
			ReferenceType kind = type != null && type.startsWith("TRACKING_NUMBER") ? ReferenceType.TRACKING_NUMBER
					: null;
			List<String> values = new ArrayList<>();
			id.path("values").forEach(v -> values.add(v.asString()));
			values.add(CarrierJson.text(id, "value"));
			for (String value : values) {
				if (value != null && !value.isBlank() && refs.stream().noneMatch(r -> r.value().equals(value))) {
					refs.add(new RawReference(kind, value.trim()));
				}
			}
		}
		return refs;
	}

}
