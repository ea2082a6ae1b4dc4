package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.CarrierDhlFormat.CARRIER;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * DHL Parcel Poland (DHL24 WebAPI2) {@code getTrackAndTraceInfoResponse}: events with a
 * status, a description, a terminal and a local "2012-10-12 07:40:31". DHL24 serves
 * domestic Polish parcels and its terminals are Polish: the times are read in
 * Europe/Warsaw. Its statuses are not documented publicly: they are kept as written, as
 * info.
 */
final class DhlPolandReader {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private DhlPolandReader() {
	}

	static ParseResult read(String format, Element root) {
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (Element result : CarrierXml.children(root, "getTrackAndTraceInfoResult")) {
			List<RawReference> refs = CarrierEvents.references(CarrierXml.text(result, "shipmentId"));
			Element list = CarrierXml.child(result, "events");
			for (Element item : list == null ? List.<Element>of() : CarrierXml.children(list, "item")) {
				String position = CarrierXml.position(item);
				String written = CarrierXml.text(item, "timestamp");
				CarrierTimes.Resolved time = CarrierTimes.local(written, TIME, "PL");
				String code = CarrierXml.text(item, "status");
				if (time == null) {
					rejected.add(CarrierEvents.badTime(position, written, "yyyy-MM-dd HH:mm:ss"));
					continue;
				}
				if (code == null) {
					rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "status")));
					continue;
				}
				String terminal = CarrierXml.text(item, "terminal");
				events.add(CarrierEvents.actual(CARRIER, position, null, TrackingStatus.INFO, code,
						CarrierXml.text(item, "description"), time,
						terminal == null ? null : new ParsedEvent.Location(null, terminal, "PL"), refs,
						CarrierEvents.details("received-by", CarrierXml.text(result, "receivedBy")),
						CarrierXml.raw(item)));
			}
		}
		return CarrierEvents.finish(format, events, rejected);
	}

}
