package dev.deskhand.shipments.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A flat DCSA T&amp;T 2.2/2.3 event: every value at the top, the transport call with its
 * deprecated {@code UNLocationCode} and its {@code location}.
 */
record DcsaV2Event(DcsaNode event) implements DcsaShape {

	@Override
	public String version() {
		return "2.x";
	}

	@Override
	public DcsaNode eventId() {
		return event.at("eventID");
	}

	@Override
	public int eventIdLength() {
		return 0;
	}

	@Override
	public boolean eventIdsMayRepeat() {
		return false;
	}

	@Override
	public DcsaNode eventType() {
		return event.at("eventType");
	}

	@Override
	public DcsaNode classifier() {
		return event.at("eventClassifierCode");
	}

	@Override
	public DcsaNode eventDateTime() {
		return event.at("eventDateTime");
	}

	@Override
	public DcsaNode created() {
		return event.at("eventCreatedDateTime");
	}

	@Override
	public boolean createdRequired() {
		return true;
	}

	@Override
	public DcsaNode retractedEventId() {
		return event.at("retractedEventID");
	}

	@Override
	public boolean retractsItself() {
		return false;
	}

	@Override
	public DcsaNode payload() {
		return event.at("payload");
	}

	@Override
	public DcsaNode code(String field) {
		DcsaNode code = event.at(field);
		// before 2.1 the type code was the deprecated eventTypeCode
		return code.present() ? code : event.at("eventTypeCode");
	}

	@Override
	public DcsaNode transportCall() {
		return event.at("transportCall");
	}

	@Override
	public List<DcsaNode> places() {
		return List.of(event.at("eventLocation"), transportCall().at("location"), transportCall());
	}

	@Override
	public DcsaNode facilityType() {
		DcsaNode type = event.at("facilityTypeCode");
		return type.present() ? type : transportCall().at("facilityTypeCode");
	}

	@Override
	public List<DcsaNode> delayCodes() {
		DcsaNode code = event.at("delayReasonCode");
		return code.present() ? List.of(code) : List.of();
	}

	@Override
	public DcsaNode changeRemark() {
		DcsaNode remark = event.at("changeRemark");
		return remark.present() ? remark : event.at("vesselScheduleChangeRemark");
	}

	@Override
	public DcsaNode documentType() {
		return event.at("documentTypeCode");
	}

	@Override
	public DcsaNode documentId() {
		return event.at("documentID");
	}

	@Override
	public DcsaNode reason() {
		return event.at("reason");
	}

	@Override
	public List<DcsaNode[]> documentReferences() {
		return pairs(event.at("documentReferences"), "documentReferenceType", "documentReferenceValue");
	}

	@Override
	public List<DcsaNode[]> references() {
		return pairs(event.at("references"), "referenceType", "referenceValue");
	}

	@Override
	public DcsaNode equipmentReference() {
		return event.at("equipmentReference");
	}

	@Override
	public DcsaNode emptyIndicator() {
		return event.at("emptyIndicatorCode");
	}

	@Override
	public boolean transshipment() {
		return false;
	}

	@Override
	public @Nullable String carrier() {
		// a 2.x event does not name its publisher; the vessel operator is another party
		return null;
	}

	@Override
	public void details(Map<String, String> into) {
		DcsaNode call = transportCall();
		DcsaNode vessel = call.at("vessel");
		put(into, "vessel", vessel.at("vesselName"));
		put(into, "vessel_imo", vessel.at("vesselIMONumber"));
		put(into, "vessel_operator", vessel.at("vesselOperatorCarrierCode"));
		put(into, "voyage_export", call.at("exportVoyageNumber").present() ? call.at("exportVoyageNumber")
				: call.at("carrierVoyageNumber"));
		put(into, "voyage_import", call.at("importVoyageNumber"));
		put(into, "service", call.at("carrierServiceCode"));
	}

	static List<DcsaNode[]> pairs(DcsaNode array, String typeField, String valueField) {
		List<DcsaNode[]> pairs = new ArrayList<>();
		for (DcsaNode element : array.elements()) {
			pairs.add(new DcsaNode[] { element.at(typeField), element.at(valueField) });
		}
		return pairs;
	}

	static void put(Map<String, String> into, String key, DcsaNode value) {
		String text = value.nonBlank();
		if (text == null && value.node().isNumber()) {
			text = value.node().asString();
		}
		if (text != null) {
			into.put(key, text);
		}
	}

}
