package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * {@code carrier-canadapost}: Canada Post's {@code tracking-detail} XML
 * ({@code significant-events/occurrence}) and its {@code messages}. Each event names its
 * time zone by abbreviation ({@code EST}); a fixed abbreviation resolves to its offset
 * (zone used "EST -05:00"). The expected delivery date is an estimate at the start of
 * that day, assumed UTC (no time or zone is given).
 */
public final class CarrierCanadaPostFormat implements EventFormat {

	private static final String CARRIER = "Canada Post";

	/** North American zone abbreviations, each a fixed offset. */
	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("NST", "-03:30"),
			Map.entry("NDT", "-02:30"), Map.entry("AST", "-04:00"), Map.entry("ADT", "-03:00"),
			Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
			Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
			Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("UTC", "Z"), Map.entry("GMT", "Z"));

	/**
	 * Canada Post's event identifiers as far as their descriptions say: 0174 and 0500 out
	 * for delivery, 0173 an addressing error with possible delay, 1496 and 1498
	 * delivered; signature records (20) and facility processing (0100) are info.
	 */
	private static final Map<String, TrackingStatus> CODES = Map.of("0174", TrackingStatus.OUT_FOR_DELIVERY, "0500",
			TrackingStatus.OUT_FOR_DELIVERY, "0173", TrackingStatus.DELAYED, "1496", TrackingStatus.DELIVERED, "1498",
			TrackingStatus.DELIVERED);

	@Override
	public String name() {
		return "carrier-canadapost";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierXml.head(content);
		return head.contains("<tracking-detail") && head.contains("<significant-events")
				|| head.contains("http://www.canadapost.ca/ws/track");
	}

	@Override
	public ParseResult parse(byte[] content) {
		Element root = CarrierXml.read(content, CARRIER).getDocumentElement();
		Element detail = "tracking-detail".equals(CarrierXml.local(root)) ? root
				: CarrierXml.child(root, "tracking-detail");
		if (detail == null) {
			Element messages = "messages".equals(CarrierXml.local(root)) ? root : CarrierXml.child(root, "messages");
			Element message = messages == null ? null : CarrierXml.child(messages, "message");
			if (message != null) {
				throw new UnreadableFile(CarrierXml.position(message), CarrierEvents.error(CARRIER,
						CarrierXml.text(message, "code"), CarrierXml.text(message, "description")));
			}
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "<tracking-detail>"));
		}
		List<RawReference> refs = CarrierEvents.references(CarrierXml.text(detail, "pin"),
				CarrierXml.text(detail, "customer-ref-1"), CarrierXml.text(detail, "customer-ref-2"));
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		Element list = CarrierXml.child(detail, "significant-events");
		for (Element occurrence : list == null ? List.<Element>of() : CarrierXml.children(list, "occurrence")) {
			read(occurrence, refs, events, rejected);
		}
		Element expected = CarrierXml.child(detail, "expected-delivery-date");
		CarrierTimes.Resolved day = CarrierTimes.dayOrIso(CarrierXml.text(detail, "expected-delivery-date"), null);
		if (expected != null && day != null) {
			events.add(CarrierEvents.estimatedDelivery(CARRIER, CarrierXml.position(expected), "expected-delivery-date",
					day, refs, CarrierXml.raw(expected)));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

	private static void read(Element occurrence, List<RawReference> refs, List<ParsedEvent> events,
			List<Rejection> rejected) {
		String position = CarrierXml.position(occurrence);
		String written = CarrierXml.text(occurrence, "event-date") + "T" + CarrierXml.text(occurrence, "event-time");
		CarrierTimes.Resolved time = time(written, CarrierXml.text(occurrence, "event-time-zone"));
		String code = CarrierXml.text(occurrence, "event-identifier");
		if (time == null) {
			rejected.add(CarrierEvents.badTime(position, written, "event-date yyyy-MM-dd and event-time HH:mm:ss"));
			return;
		}
		if (code == null) {
			rejected.add(new Rejection(position, Text.of("ingest.reject.carrier.code", "event-identifier")));
			return;
		}
		String town = CarrierEvents.town(CarrierXml.text(occurrence, "event-site"),
				CarrierXml.text(occurrence, "event-province"));
		events.add(CarrierEvents.actual(CARRIER, position, null, CODES.getOrDefault(code, TrackingStatus.INFO), code,
				CarrierXml.text(occurrence, "event-description"), time, CarrierEvents.place(null, town, "CA"), refs,
				CarrierEvents.details("signatory", CarrierXml.text(occurrence, "signatory-name")),
				CarrierXml.raw(occurrence)));
	}

	private static CarrierTimes.@Nullable Resolved time(String written, @Nullable String zone) {
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(written);
		}
		catch (DateTimeParseException e) {
			return null;
		}
		String offset = zone == null ? null : ABBREVIATIONS.get(zone.toUpperCase(Locale.ROOT));
		if (offset == null) {
			return CarrierTimes.local(local, "CA");
		}
		return new CarrierTimes.Resolved(local.toInstant(ZoneOffset.of(offset)), zone + " " + offset);
	}

}
