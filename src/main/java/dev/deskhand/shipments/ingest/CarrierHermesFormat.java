package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-hermes}: the Hermes Germany shipment-info JSON, {@code shipmentinfo[]
 * .status[]} with four-digit codes whose first digit is the stage (0 announced, 1
 * accepted, 2 in the hubs, 3 delivery); a {@code result} whose code starts with "e" is
 * Hermes's error. The delivery forecast (a date and the end of its time slot, in the
 * receiver's country) is an estimated delivery.
 */
public final class CarrierHermesFormat implements EventFormat {

	private static final String CARRIER = "Hermes";

	private static final Pattern START = Pattern
		.compile("^\\s*\\{\\s*\"shipmentinfo\"\\s*:\\s*\\[\\s*\\{\\s*\"shipmentID\"\\s*:");

	@Override
	public String name() {
		return "carrier-hermes";
	}

	@Override
	public boolean recognises(byte[] content) {
		return START.matcher(CarrierJson.head(content, 4096)).find();
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode infos = CarrierJson.read(content, CARRIER).path("shipmentinfo");
		if (!infos.isArray()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"shipmentinfo\""));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < infos.size(); i++) {
			JsonNode info = infos.get(i);
			String at = "/shipmentinfo/" + i;
			String result = CarrierJson.text(info.path("result"), "code");
			if (result != null && result.toLowerCase(Locale.ROOT).startsWith("e")) {
				rejected.add(new Rejection(at + "/result",
						CarrierEvents.error(CARRIER, result, CarrierJson.text(info.path("result"), "message"))));
				continue;
			}
			List<RawReference> refs = CarrierEvents.references(CarrierJson.text(info, "shipmentID"),
					CarrierJson.text(info, "clientReference"));
			JsonNode list = info.path("status");
			for (int j = 0; j < list.size(); j++) {
				read(list.get(j), at + "/status/" + j, refs, events, rejected);
			}
			estimate(info, at, refs, events);
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(JsonNode status, String position, List<RawReference> refs, List<ParsedEvent> events,
			List<Rejection> rejected) {
		JsonNode unit = status.path("scanningUnit");
		String country = CarrierPlaces.countryCode(CarrierJson.text(unit, "countryCode"));
		String written = CarrierJson.text(status, "timestamp");
		CarrierTimes.Resolved time = CarrierTimes.iso(written, country);
		String code = CarrierJson.text(status, "code");
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "ISO 8601 date-time"));
			return;
		}
		if (code == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "code")));
			return;
		}
		events.add(CarrierEvents.actual(CARRIER, position, null, status(code), code,
				CarrierJson.text(status, "description"), time,
				CarrierEvents.place(null, CarrierJson.text(unit, "city"), country), refs,
				CarrierEvents.details("scanning-unit", CarrierJson.text(unit, "name")), status.toString()));
	}

	private static void estimate(JsonNode info, String at, List<RawReference> refs, List<ParsedEvent> events) {
		JsonNode forecast = info.path("deliveryForecast");
		String date = CarrierJson.text(forecast, "date");
		if (date == null) {
			return;
		}
		String until = CarrierJson.text(forecast.path("timeSlot"), "to");
		String country = CarrierPlaces.countryCode(CarrierJson.text(info.path("receiverAddress"), "countryCode"));
		CarrierTimes.Resolved time = CarrierTimes.iso(date + "T" + (until != null ? until : "00:00"), country);
		if (time != null) {
			events.add(CarrierEvents.estimatedDelivery(CARRIER, at + "/deliveryForecast", "deliveryForecast", time,
					refs, forecast.toString()));
		}
	}

	/** 3500 and above is delivered; 3000–3499 out for delivery. */
	static TrackingStatus status(@Nullable String code) {
		if (code == null || code.length() != 4 || !code.chars().allMatch(Character::isDigit)) {
			return TrackingStatus.INFO;
		}
		int n = Integer.parseInt(code);
		if (n < 1000) {
			return TrackingStatus.BOOKED;
		}
		if (n < 2000) {
			return TrackingStatus.PICKED_UP;
		}
		if (n < 3000) {
			return TrackingStatus.ARRIVED;
		}
		if (n < 3500) {
			return TrackingStatus.OUT_FOR_DELIVERY;
		}
		return n < 4000 ? TrackingStatus.DELIVERED : TrackingStatus.INFO;
	}

}
