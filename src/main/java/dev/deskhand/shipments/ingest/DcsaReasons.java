package dev.deskhand.shipments.ingest;

import java.util.List;

/** The meaning of a DCSA event in words, for the event's carrier reason. */
final class DcsaReasons {

	private DcsaReasons() {
	}

	/**
	 * The code's meaning ("Gated in"), what it concerns (an empty container, a
	 * transshipment move, the document), the delay reason codes, the change remark and
	 * the shipment event's reason: {@code Arrived; delay reason WEA; Bad weather}.
	 */
	static String reason(DcsaShape shape, String type, String code, List<String> delays) {
		StringBuilder reason = new StringBuilder(DcsaCodes.codes(type).getOrDefault(code, code));
		if ("EQUIPMENT".equals(type)) {
			if ("EMPTY".equals(shape.emptyIndicator().nonBlank())) {
				reason.append(" (empty container)");
			}
			else if (shape.transshipment()) {
				reason.append(" (transshipment move)");
			}
		}
		if ("IOT".equals(type)) {
			String iot = shape.event().at("iotDetails").at("iotEventCode").nonBlank();
			if (iot == null) {
				iot = shape.payload().at("iotEventCode").nonBlank();
			}
			String meaning = iot == null ? null : DcsaCodes.IOT_EVENTS.get(iot);
			if (meaning != null) {
				reason.append(": ").append(meaning);
			}
		}
		String documentType = shape.documentType().nonBlank();
		String document = shape.documentId().nonBlank();
		if ("SHIPMENT".equals(type) && documentType != null) {
			reason.append(": ").append(DcsaCodes.DOCUMENTS.getOrDefault(documentType, documentType));
			if (document != null) {
				reason.append(' ').append(document);
			}
		}
		if (!delays.isEmpty()) {
			reason.append("; delay reason ").append(String.join(", ", delays));
		}
		append(reason, shape.changeRemark().nonBlank());
		append(reason, shape.reason().nonBlank());
		return reason.toString();
	}

	private static void append(StringBuilder reason, @org.jspecify.annotations.Nullable String text) {
		if (text != null) {
			reason.append("; ").append(text);
		}
	}

}
