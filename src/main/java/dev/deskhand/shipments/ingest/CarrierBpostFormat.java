package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * {@code carrier-bpost}: bpost's item tracking XML ({@code itemTracking} with
 * {@code stateInfo} time, code and description; no places) and its
 * {@code systemException}.
 */
public final class CarrierBpostFormat implements EventFormat {

	private static final String CARRIER = "bpost";

	/** bpost's state codes as far as documented by their descriptions. */
	private static final Map<String, TrackingStatus> CODES = Map.of("T00", TrackingStatus.INFO, "L00",
			TrackingStatus.OUT_FOR_DELIVERY, "U01", TrackingStatus.DELIVERED);

	@Override
	public String name() {
		return "carrier-bpost";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierXml.head(content);
		return head.contains("http://schema.post.be/tracking/")
				|| head.contains("<systemException") && head.contains("http://schema.post.be/");
	}

	@Override
	public ParseResult parse(byte[] content) {
		Element root = CarrierXml.read(content, CARRIER).getDocumentElement();
		if ("systemException".equals(CarrierXml.local(root))) {
			throw new UnreadableFile(CarrierXml.position(root),
					CarrierEvents.error(CARRIER, null, CarrierXml.text(root, "message")));
		}
		if (!"itemTracking".equals(CarrierXml.local(root))) {
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "<itemTracking>"));
		}
		List<RawReference> refs = CarrierEvents.references(CarrierXml.text(root, "itemCode"),
				CarrierXml.text(root, "customerReference"));
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (Element state : CarrierXml.children(root, "stateInfo")) {
			String position = CarrierXml.position(state);
			String written = CarrierXml.text(state, "time");
			CarrierTimes.Resolved time = CarrierTimes.iso(written, "BE");
			String code = CarrierXml.text(state, "stateCode");
			Rejection missing = CarrierEvents.missing(position, time, written, code, "stateCode");
			if (missing != null) {
				rejected.add(missing);
				continue;
			}
			events
				.add(CarrierEvents.actual(CARRIER, position, null, CODES.getOrDefault(code, TrackingStatus.INFO), code,
						CarrierXml.text(state, "stateDescription"), time, null, refs, Map.of(), CarrierXml.raw(state)));
		}
		return CarrierEvents.finish(name(), events, rejected);
	}

}
