package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * {@code carrier-dhl}: the tracking responses of DHL's APIs, whichever of five shapes the
 * file has: the Unified (universal) Shipment Tracking JSON, MyDHL API JSON, the DHL
 * Express XML-PI {@code TrackingResponse}, DHL Parcel DE's XML
 * {@code piece-shipment-list} and DHL Parcel Poland's
 * {@code getTrackAndTraceInfoResponse} (and its SOAP fault, which names no carrier: read
 * with the format named, not guessed).
 */
public final class CarrierDhlFormat implements EventFormat {

	static final String CARRIER = "DHL";

	private static final Pattern UNIVERSAL = Pattern.compile(
			"\"service\"\\s*:\\s*\"(express|parcel-de|parcel-nl|parcel-pl|parcel-uk|ecommerce|ecommerce-europe|dgf|post-de|sameday|freight|dsc|svb)\"");

	private static final Pattern PROBLEM = Pattern
		.compile("\"instance\"\\s*:\\s*\"/(shipment/|shipments\\?trackingNumber=|tracking\\?shipmentTrackingNumber=)");

	private static final Pattern POD = Pattern
		.compile("^\\s*\\{\\s*\"documents\"\\s*:\\s*\\[[^]]*\"typeCode\"\\s*:\\s*\"POD\"", Pattern.DOTALL);

	@Override
	public String name() {
		return "carrier-dhl";
	}

	@Override
	public boolean recognises(byte[] content) {
		String head = CarrierJson.head(content, 8192);
		return head.contains("\"shipmentTrackingNumber\"")
				|| head.contains("\"shipments\"") && head.contains("\"statusCode\"") && UNIVERSAL.matcher(head).find()
				|| PROBLEM.matcher(head).find() || POD.matcher(head).find()
				|| head.contains("<data name=\"piece-shipment-list\"")
				|| head.contains("<getTrackAndTraceInfoResponse") && head.contains("dhl24.com.pl")
				|| head.contains("\"http://www.dhl.com\"") && head.contains("TrackingResponse");
	}

	@Override
	public ParseResult parse(byte[] content) {
		if (CarrierJson.head(content, 1024).stripLeading().startsWith("<")) {
			Element root = CarrierXml.read(content, CARRIER).getDocumentElement();
			if ("TrackingResponse".equals(CarrierXml.local(root))) {
				return DhlExpressReader.read(name(), root);
			}
			if ("data".equals(CarrierXml.local(root))) {
				return DhlParcelDeReader.read(name(), root);
			}
			if ("getTrackAndTraceInfoResponse".equals(CarrierXml.local(root))) {
				return DhlPolandReader.read(name(), root);
			}
			Element body = CarrierXml.child(root, "Body");
			Element fault = body == null ? null : CarrierXml.child(body, "Fault");
			if (fault != null) {
				throw new UnreadableFile(CarrierXml.position(fault), CarrierEvents.error(CARRIER,
						CarrierXml.text(fault, "faultcode"), CarrierXml.text(fault, "faultstring")));
			}
			throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER,
					"<TrackingResponse> or <data name=\"piece-shipment-list\">"));
		}
		JsonNode root = CarrierJson.read(content, CARRIER);
		if (root.path("shipments").isArray()) {
			return DhlJsonReader.read(name(), root);
		}
		if (root.path("documents").isArray()) {
			throw new UnreadableFile("/documents",
					Text.of("ingest.reject.carrier.not-tracking", CARRIER, "proof of delivery (POD)"));
		}
		CarrierJson.refuseProblem(root, CARRIER);
		throw new UnreadableFile("1", Text.of("ingest.reject.carrier.shape", CARRIER, "\"shipments\""));
	}

}
