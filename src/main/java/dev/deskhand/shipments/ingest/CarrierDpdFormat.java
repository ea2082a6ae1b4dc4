package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * {@code carrier-dpd}: DPD's ParcelLifeCycle SOAP answer {@code getTrackingDataResponse}:
 * each {@code statusInfo} that {@code statusHasBeenReached} is an event; its place is
 * written "Mechelen (BE)" and its time "8/17/2021 7:11:26 PM" in that country's zone. A
 * SOAP fault is refused with DPD's error code and message.
 */
public final class CarrierDpdFormat implements EventFormat {

	private static final String CARRIER = "DPD";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M/d/uuuu h:mm:ss a", Locale.US);

	/**
	 * DPD's statuses. ParcelShop is "delivered by the driver to the pickup parcelshop":
	 * the parcel arrived where the consignee collects it, not delivered to her yet.
	 */
	private static final Map<String, TrackingStatus> STATUSES = Map.ofEntries(
			Map.entry("SHIPMENT", TrackingStatus.BOOKED), Map.entry("ACCEPTED", TrackingStatus.PICKED_UP),
			Map.entry("PICKEDUP", TrackingStatus.PICKED_UP), Map.entry("ATSENDINGDEPOT", TrackingStatus.ARRIVED),
			Map.entry("BETWEENDEPOTS", TrackingStatus.DEPARTED), Map.entry("DEPOT", TrackingStatus.ARRIVED),
			Map.entry("COURIER", TrackingStatus.OUT_FOR_DELIVERY), Map.entry("DELIVERED", TrackingStatus.DELIVERED),
			Map.entry("DELIVERYFAILURE", TrackingStatus.DELIVERY_FAILED),
			Map.entry("RETURNINGFROMDELIVERY", TrackingStatus.DELIVERY_FAILED),
			Map.entry("PARCELSHOP", TrackingStatus.ARRIVED), Map.entry("CUSTOMS", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("RETURNED", TrackingStatus.EXCEPTION));

	@Override
	public String name() {
		return "carrier-dpd";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierXml.head(content);
		return head.contains("http://dpd.com/common/service/types/");
	}

	@Override
	public ParseResult parse(byte[] content) {
		Element root = CarrierXml.read(content, CARRIER).getDocumentElement();
		Element body = CarrierXml.child(root, "Body");
		Element fault = body == null ? null : CarrierXml.child(body, "Fault");
		if (fault != null) {
			Element detail = CarrierXml.child(fault, "detail");
			Element inner = detail == null ? null : firstElement(detail);
			String code = inner == null ? CarrierXml.text(fault, "faultcode") : CarrierXml.text(inner, "errorCode");
			String message = inner == null ? null : CarrierXml.text(inner, "errorMessage");
			throw new UnreadableFile(CarrierXml.position(fault), CarrierEvents.error(CARRIER, code,
					message != null ? message : CarrierXml.text(fault, "faultstring")));
		}
		Element response = body == null ? null : CarrierXml.child(body, "getTrackingDataResponse");
		if (response == null) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "<getTrackingDataResponse>"));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (Element result : CarrierXml.children(response, "trackingresult")) {
			List<RawReference> refs = CarrierEvents
				.references(CarrierXml.text(result, "shipmentInfo", "parcelLabelNumber"));
			for (Element info : CarrierXml.children(result, "statusInfo")) {
				if ("true".equalsIgnoreCase(CarrierXml.text(info, "statusHasBeenReached"))) {
					read(info, refs, events, rejected);
				}
			}
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(Element info, List<RawReference> refs, List<ParsedEvent> events,
			List<Rejection> rejected) {
		String position = CarrierXml.position(info);
		Location location = place(CarrierXml.text(info, "location", "content"));
		String written = CarrierXml.text(info, "date", "content");
		CarrierTimes.Resolved time = CarrierTimes.local(written, TIME,
				location == null ? null : location.countryCode());
		String code = CarrierXml.text(info, "status");
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "date M/d/yyyy h:mm:ss AM|PM"));
			return;
		}
		if (code == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "status")));
			return;
		}
		events.add(CarrierEvents.actual(CARRIER, position, null,
				STATUSES.getOrDefault(code.toUpperCase(Locale.ROOT), TrackingStatus.INFO), code,
				CarrierXml.text(info, "description", "content", "content"), time, location, refs,
				CarrierEvents.details("label", CarrierXml.text(info, "label", "content")), CarrierXml.raw(info)));
	}

	private static @Nullable Location place(@Nullable String written) {
		if (written == null) {
			return null;
		}
		Location place = CarrierPlaces.countryInParentheses(written);
		return place != null ? place : new Location(null, written, null);
	}

	private static @Nullable Element firstElement(Element parent) {
		for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				return e;
			}
		}
		return null;
	}

}
