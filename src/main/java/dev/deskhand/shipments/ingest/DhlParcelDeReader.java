package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierDhlFormat.CARRIER;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * DHL Parcel DE (Sendungsverfolgung) XML: nested {@code <data name="…">} elements whose
 * attributes carry the values; event times "17.03.2016 11:44" are local German times.
 */
final class DhlParcelDeReader {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");

	private DhlParcelDeReader() {
	}

	static ParseResult read(String format, Element root) {
		String code = CarrierXml.attribute(root, "code");
		if (code != null && !"0".equals(code)) {
			throw new UnreadableFile(CarrierXml.position(root),
					CarrierEvents.error(CARRIER, code, CarrierXml.attribute(root, "error")));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (Element piece : named(root, "piece-shipment")) {
			String status = CarrierXml.attribute(piece, "error-status");
			if (status != null && !"0".equals(status)) {
				rejected.add(new Rejection(CarrierXml.position(piece),
						CarrierEvents.error(CARRIER, status, CarrierXml.attribute(piece, "error"))));
				continue;
			}
			List<RawReference> refs = CarrierEvents.references(CarrierXml.attribute(piece, "piece-code"),
					CarrierXml.attribute(piece, "shipment-customer-reference"));
			// a domestic piece's events are all in its one country, also those naming
			// none
			String origin = CarrierXml.attribute(piece, "origin-country");
			String domestic = Objects.equals(origin, CarrierXml.attribute(piece, "dest-country")) ? origin : null;
			for (Element list : named(piece, "piece-event-list")) {
				for (Element event : named(list, "piece-event")) {
					read(event, refs, domestic, events, rejected);
				}
			}
		}
		return CarrierEvents.finish(format, events, rejected);
	}

	private static void read(Element event, List<RawReference> refs, @Nullable String domestic,
			List<ParsedEvent> events, List<Rejection> rejected) {
		String position = CarrierXml.position(event);
		String country = CarrierPlaces.countryCode(CarrierXml.attribute(event, "event-country"));
		String written = CarrierXml.attribute(event, "event-timestamp");
		CarrierTimes.Resolved time = CarrierTimes.local(written, TIME, country != null ? country : domestic);
		String code = CarrierXml.attribute(event, "standard-event-code");
		if (code == null) {
			code = CarrierXml.attribute(event, "ice");
		}
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "event-timestamp dd.MM.yyyy HH:mm"));
			return;
		}
		if (code == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "standard-event-code")));
			return;
		}
		events.add(CarrierEvents.actual(CARRIER, position, null, DhlCodes.parcelDe(code), code,
				CarrierXml.attribute(event, "event-text"), time,
				CarrierEvents.place(null, CarrierXml.attribute(event, "event-location"), country), refs,
				CarrierEvents.details("ice", CarrierXml.attribute(event, "ice"), "ric",
						CarrierXml.attribute(event, "ric"), "short-status",
						CarrierXml.attribute(event, "event-short-status")),
				CarrierXml.raw(event)));
	}

	private static List<Element> named(Element parent, String name) {
		return CarrierXml.children(parent, "data").stream().filter(e -> name.equals(e.getAttribute("name"))).toList();
	}

}
