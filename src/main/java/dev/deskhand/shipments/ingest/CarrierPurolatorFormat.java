package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * {@code carrier-purolator}: Purolator's SOAP {@code TrackPackagesByPinResponse}
 * ({@code TrackingInformationList/TrackingInformation/Scans/Scan}) with its
 * {@code ResponseInformation/Errors/Error} and SOAP faults. A scan has a type, a
 * description, a depot ("MONTREAL SORT CTR/CTR TRIE, PQ": a Canadian province, so Canada)
 * and a local date and time ({@code ScanDate} yyyy-MM-dd, {@code ScanTime} HHmmss)
 * without zone: Canada has several, so the time is assumed UTC as other carriers' local
 * Canadian times are.
 */
public final class CarrierPurolatorFormat implements EventFormat {

	private static final String CARRIER = "Purolator";

	private static final String NAMESPACE = "http://purolator.com/pws/datatypes/v1";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-ddHHmmss");

	/**
	 * Purolator's scan types: ProofOfPickUp picked up, OnDelivery out for delivery,
	 * Delivery delivered; Undeliverable covers held, returned and awaiting-pickup scans
	 * alike: exception; Other (sorting, a new tracking number assigned …) is info.
	 */
	private static final Map<String, TrackingStatus> TYPES = Map.of("ProofOfPickUp", TrackingStatus.PICKED_UP,
			"OnDelivery", TrackingStatus.OUT_FOR_DELIVERY, "Delivery", TrackingStatus.DELIVERED, "Undeliverable",
			TrackingStatus.EXCEPTION, "Other", TrackingStatus.INFO);

	@Override
	public String name() {
		return "carrier-purolator";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierXml.head(content);
		return head.contains(NAMESPACE) && head.contains("TrackPackagesByPinResponse");
	}

	@Override
	public ParseResult parse(byte[] content) {
		Element root = CarrierXml.read(content, CARRIER).getDocumentElement();
		Element body = CarrierXml.child(root, "Body");
		Element fault = body == null ? null : CarrierXml.child(body, "Fault");
		if (fault != null) {
			throw new UnreadableFile(CarrierXml.position(fault), CarrierEvents.error(CARRIER,
					CarrierXml.text(fault, "faultcode"), CarrierXml.text(fault, "faultstring")));
		}
		Element response = body == null ? null : CarrierXml.child(body, "TrackPackagesByPinResponse");
		if (response == null) {
			throw new UnreadableFile("1",
					Text.of("ingest.reject.carrier.shape", CARRIER, "<TrackPackagesByPinResponse>"));
		}
		Element error = firstError(response);
		if (error != null) {
			throw new UnreadableFile(CarrierXml.position(error), error(error));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		Element list = CarrierXml.child(response, "TrackingInformationList");
		for (Element info : list == null ? List.<Element>of() : CarrierXml.children(list, "TrackingInformation")) {
			Element refused = firstError(info);
			if (refused != null) {
				rejected.add(new Rejection(CarrierXml.position(refused), error(refused)));
				continue;
			}
			List<RawReference> refs = CarrierEvents.references(CarrierXml.text(info, "PIN", "Value"));
			Element scans = CarrierXml.child(info, "Scans");
			for (Element scan : scans == null ? List.<Element>of() : CarrierXml.children(scans, "Scan")) {
				read(scan, refs, events, rejected);
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(Element scan, List<RawReference> refs, List<ParsedEvent> events,
			List<Rejection> rejected) {
		String position = CarrierXml.position(scan);
		String depot = CarrierXml.text(scan, "Depot", "Name");
		Location place = depot == null ? null
				: new Location(null, depot, CarrierPlaces.endsWithRegionOf(depot, "CA") ? "CA" : null);
		String date = CarrierXml.text(scan, "ScanDate");
		String hour = CarrierXml.text(scan, "ScanTime");
		String written = (date == null ? "" : date) + (hour == null ? "" : hour);
		CarrierTimes.Resolved time = CarrierTimes.local(written, TIME, place == null ? null : place.countryCode());
		String type = CarrierXml.text(scan, "ScanType");
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "ScanDate yyyy-MM-dd and ScanTime HHmmss"));
			return;
		}
		if (type == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "ScanType")));
			return;
		}
		events.add(CarrierEvents.actual(CARRIER, position, null, TYPES.getOrDefault(type, TrackingStatus.INFO), type,
				CarrierXml.text(scan, "Description"), time, place, refs,
				CarrierEvents.details("comment", CarrierXml.text(scan, "Comment")), CarrierXml.raw(scan)));
	}

	/** The first {@code ResponseInformation/Errors/Error}, or null. */
	private static @Nullable Element firstError(Element parent) {
		Element information = CarrierXml.child(parent, "ResponseInformation");
		Element errors = information == null ? null : CarrierXml.child(information, "Errors");
		return errors == null ? null : CarrierXml.child(errors, "Error");
	}

	private static Text error(Element error) {
		return CarrierEvents.error(CARRIER, CarrierXml.text(error, "Code"), CarrierEvents
			.joined(CarrierXml.text(error, "Description"), CarrierXml.text(error, "AdditionalInformation")));
	}

}
