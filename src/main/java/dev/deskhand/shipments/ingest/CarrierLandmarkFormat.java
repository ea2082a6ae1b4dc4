package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * {@code carrier-landmark}: Landmark Global's {@code TrackResponse} XML
 * ({@code Result/Packages/Package/Events/Event}) and its {@code Errors}. Times come in
 * two shapes, "2025-11-03 00:35:00" and "10/01/2025 03:02 PM", both local; a place is
 * "Quebec City, QC, CA" or "Berlin, DE" (the last part names the country) or "Feltham,
 * SRY" (no country). Events are kept in file order, even where Landmark lists a delivery
 * before the scans that precede it: the ingest places events by time.
 */
public final class CarrierLandmarkFormat implements EventFormat {

	private static final String CARRIER = "Landmark Global";

	private static final DateTimeFormatter ISO_LIKE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/uuuu hh:mm a", Locale.US);

	/**
	 * Landmark's event codes: 50 data uploaded (booked), 60–100 fulfilment steps (info),
	 * 125 customs cleared, 150 crossing the border (departed), 155 crossing received
	 * (arrived), 200–275 scans and carrier transit (info; 250 is clearance in progress,
	 * not a hold), 300 out for delivery, 400 attempted and 900 failed delivery, 500
	 * delivered.
	 */
	private static final Map<String, TrackingStatus> CODES = Map.ofEntries(Map.entry("50", TrackingStatus.BOOKED),
			Map.entry("125", TrackingStatus.CUSTOMS_RELEASED), Map.entry("150", TrackingStatus.DEPARTED),
			Map.entry("155", TrackingStatus.ARRIVED), Map.entry("300", TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry("400", TrackingStatus.DELIVERY_FAILED), Map.entry("500", TrackingStatus.DELIVERED),
			Map.entry("900", TrackingStatus.DELIVERY_FAILED));

	@Override
	public String name() {
		return "carrier-landmark";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierXml.head(content);
		return head.contains("<TrackResponse>") && head.contains("<Result>")
				&& (head.contains("<LandmarkTrackingNumber>") || head.contains("<Success>"));
	}

	@Override
	public ParseResult parse(byte[] content) {
		Element root = CarrierXml.read(content, CARRIER).getDocumentElement();
		Element result = CarrierXml.child(root, "Result");
		if (!"TrackResponse".equals(CarrierXml.local(root)) || result == null) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "<TrackResponse><Result>"));
		}
		if (!"true".equalsIgnoreCase(CarrierXml.text(result, "Success"))) {
			Element errors = CarrierXml.child(root, "Errors");
			Element error = errors == null ? null : CarrierXml.child(errors, "Error");
			throw new UnreadableFile(CarrierXml.position(error != null ? error : result), CarrierEvents.error(CARRIER,
					error == null ? null : CarrierXml.text(error, "ErrorCode"),
					error == null ? CarrierXml.text(result, "ResultMessage") : CarrierXml.text(error, "ErrorMessage")));
		}
		String endCarrier = CarrierXml.text(result, "ShipmentDetails", "EndDeliveryCarrier");
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		Element packages = CarrierXml.child(result, "Packages");
		for (Element pkg : packages == null ? List.<Element>of() : CarrierXml.children(packages, "Package")) {
			List<RawReference> refs = references(pkg);
			Element list = CarrierXml.child(pkg, "Events");
			for (Element event : list == null ? List.<Element>of() : CarrierXml.children(list, "Event")) {
				read(event, refs, endCarrier, events, rejected);
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(Element event, List<RawReference> refs, @Nullable String endCarrier,
			List<ParsedEvent> events, List<Rejection> rejected) {
		String position = CarrierXml.position(event);
		Location place = CarrierPlaces.cityAndCountry(CarrierXml.text(event, "Location"));
		String country = place == null ? null : place.countryCode();
		String written = CarrierXml.text(event, "DateTime");
		CarrierTimes.Resolved time = CarrierTimes.local(written, ISO_LIKE, country);
		if (time == null) {
			time = CarrierTimes.local(written, US, country);
		}
		String code = CarrierXml.text(event, "EventCode");
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "yyyy-MM-dd HH:mm:ss or MM/dd/yyyy hh:mm AM|PM"));
			return;
		}
		if (code == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "EventCode")));
			return;
		}
		events.add(CarrierEvents.actual(CARRIER, position, null, CODES.getOrDefault(code, TrackingStatus.INFO), code,
				CarrierXml.text(event, "Status"), time, place, refs,
				CarrierEvents.details("end-delivery-carrier", endCarrier), CarrierXml.raw(event)));
	}

	private static List<RawReference> references(Element pkg) {
		return CarrierEvents.trackingNumbers(
				Arrays.asList(CarrierXml.text(pkg, "TrackingNumber"), CarrierXml.text(pkg, "LandmarkTrackingNumber")),
				CarrierXml.text(pkg, "PackageReference"));
	}

}
