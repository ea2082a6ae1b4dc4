package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-laposte}: La Poste's Suivi v2 JSON (Colissimo, Chronopost, lettres), one
 * object or an array of them, each with {@code returnCode} (200 or La Poste's error) and
 * {@code shipment.event[]} (code, French label, date with offset). The events name no
 * place. {@code estimDate} is an estimated delivery.
 */
public final class CarrierLaposteFormat implements EventFormat {

	private static final String CARRIER = "La Poste";

	private static final Pattern START = Pattern.compile("^\\s*\\[?\\s*\\{\\s*\"(lang|returnCode)\"\\s*:");

	/**
	 * La Poste's event codes: DR declared, PC taken in charge, ET in transit (ET3/ET4
	 * arrived in a country), DO customs, MD/AG at the delivery site or pickup point, ND
	 * not delivered, PB problem, RE returned, DI delivered.
	 */
	private static final Map<String, TrackingStatus> CODES = Map.ofEntries(Map.entry("DR1", TrackingStatus.BOOKED),
			Map.entry("PC1", TrackingStatus.PICKED_UP), Map.entry("PC2", TrackingStatus.PICKED_UP),
			Map.entry("ET1", TrackingStatus.INFO), Map.entry("ET2", TrackingStatus.INFO),
			Map.entry("ET3", TrackingStatus.ARRIVED), Map.entry("ET4", TrackingStatus.ARRIVED),
			Map.entry("EP1", TrackingStatus.INFO), Map.entry("DO1", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("DO2", TrackingStatus.CUSTOMS_RELEASED), Map.entry("DO3", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("MD2", TrackingStatus.ARRIVED), Map.entry("AG1", TrackingStatus.ARRIVED),
			Map.entry("ND1", TrackingStatus.DELIVERY_FAILED), Map.entry("PB1", TrackingStatus.EXCEPTION),
			Map.entry("PB2", TrackingStatus.INFO), Map.entry("RE1", TrackingStatus.EXCEPTION),
			Map.entry("DI1", TrackingStatus.DELIVERED), Map.entry("DI2", TrackingStatus.EXCEPTION),
			Map.entry("DI3", TrackingStatus.DELIVERED));

	@Override
	public String name() {
		return "carrier-laposte";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 4096);
		return START.matcher(head).find() && head.contains("\"returnCode\"") && head.contains("\"idShip\"");
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root = CarrierJson.read(content, CARRIER);
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		if (root.isObject()) {
			read(root, "", events, rejected);
		}
		else if (root.isArray()) {
			for (int i = 0; i < root.size(); i++) {
				read(root.get(i), "/" + i, events, rejected);
			}
		}
		else {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"returnCode\""));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(JsonNode answer, String at, List<ParsedEvent> events, List<Rejection> rejected) {
		String code = CarrierJson.text(answer, "returnCode");
		if (code == null) {
			rejected.add(new Rejection(at.isEmpty() ? "1" : at,
					Text.of("ingest.reject.carrier.shape", CARRIER, "\"returnCode\"")));
			return;
		}
		if (!code.startsWith("20")) {
			rejected.add(new Rejection(at + "/returnCode",
					CarrierEvents.error(CARRIER, code, CarrierJson.text(answer, "returnMessage"))));
			return;
		}
		JsonNode shipment = answer.path("shipment");
		List<RawReference> refs = CarrierEvents.references(CarrierJson.text(shipment, "idShip"));
		JsonNode list = shipment.path("event");
		for (int j = 0; j < list.size(); j++) {
			JsonNode event = list.get(j);
			String position = at + "/shipment/event/" + j;
			String written = CarrierJson.text(event, "date");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, null);
			String eventCode = CarrierJson.text(event, "code");
			if (time == null) {
				rejected.add(CarrierEvents.badTime(position, written, "ISO 8601 date-time"));
				continue;
			}
			if (eventCode == null) {
				rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "code")));
				continue;
			}
			events.add(CarrierEvents.actual(CARRIER, position, null,
					CODES.getOrDefault(eventCode.toUpperCase(Locale.ROOT), TrackingStatus.INFO), eventCode,
					CarrierJson.text(event, "label"), time, null, refs,
					CarrierEvents.details("product", CarrierJson.text(shipment, "product")), event.toString()));
		}
		CarrierTimes.Resolved estimate = CarrierTimes.iso(CarrierJson.text(shipment, "estimDate"), null);
		if (estimate != null) {
			events.add(CarrierEvents.estimatedDelivery(CARRIER, at + "/shipment/estimDate", "estimDate", estimate, refs,
					"{\"estimDate\":" + shipment.path("estimDate") + "}"));
		}
	}

}
