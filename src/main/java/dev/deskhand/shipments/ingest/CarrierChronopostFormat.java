package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * {@code carrier-chronopost}: Chronopost's SOAP {@code trackSkybillV2Response}
 * ({@code return/listEventInfoComp/events}, times with offsets, the office and its
 * postcode as the place); a {@code return} whose {@code errorCode} is not 0 is
 * Chronopost's error.
 */
public final class CarrierChronopostFormat implements EventFormat {

	private static final String CARRIER = "Chronopost";

	/**
	 * DC shipment prepared (booked), DB handed over by the shipper (picked up), SD sorted
	 * at the delivery site (arrived), TA in delivery, D delivered; registration, sorting
	 * at departure and transit (DY, SC, TS) are info.
	 */
	private static final Map<String, TrackingStatus> CODES = Map.of("DC", TrackingStatus.BOOKED, "DB",
			TrackingStatus.PICKED_UP, "SD", TrackingStatus.ARRIVED, "TA", TrackingStatus.OUT_FOR_DELIVERY, "D",
			TrackingStatus.DELIVERED);

	@Override
	public String name() {
		return "carrier-chronopost";
	}

	@Override
	public boolean recognises(byte[] content) {
		return CarrierXml.head(content).contains("http://cxf.tracking.soap.chronopost.fr/");
	}

	@Override
	public ParseResult parse(byte[] content) {
		Element root = CarrierXml.read(content, CARRIER).getDocumentElement();
		Element body = CarrierXml.child(root, "Body");
		Element response = body == null ? null : CarrierXml.child(body, "trackSkybillV2Response");
		Element answer = response == null ? null : CarrierXml.child(response, "return");
		if (answer == null) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "<trackSkybillV2Response>"));
		}
		String error = CarrierXml.text(answer, "errorCode");
		if (error != null && !"0".equals(error)) {
			throw new UnreadableFile(CarrierXml.position(answer),
					CarrierEvents.error(CARRIER, error, CarrierXml.text(answer, "errorMessage")));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (Element list : CarrierXml.children(answer, "listEventInfoComp")) {
			List<RawReference> refs = CarrierEvents.references(CarrierXml.text(list, "skybillNumber"));
			for (Element event : CarrierXml.children(list, "events")) {
				String position = CarrierXml.position(event);
				String written = CarrierXml.text(event, "eventDate");
				CarrierTimes.Resolved time = CarrierTimes.iso(written, "FR");
				String code = CarrierXml.text(event, "code");
				Rejection missing = CarrierEvents.missing(position, time, written, code, "code");
				if (missing != null) {
					rejected.add(missing);
					continue;
				}
				events.add(CarrierEvents.actual(CARRIER, position, null, CODES.getOrDefault(code, TrackingStatus.INFO),
						code, CarrierXml.text(event, "eventLabel"), time, CarrierEvents
							.place(CarrierXml.text(event, "zipCode"), CarrierXml.text(event, "officeLabel"), null),
						refs, Map.of(), CarrierXml.raw(event)));
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

}
