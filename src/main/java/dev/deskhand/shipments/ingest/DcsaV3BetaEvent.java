package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.DcsaV2Event.pairs;
import static dev.deskhand.shipments.ingest.DcsaV2Event.put;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A DCSA T&amp;T 3.0 beta event: {@code metadata} (id, type, creation, publisher,
 * retraction) and {@code payload} (the business values).
 */
record DcsaV3BetaEvent(DcsaNode event) implements DcsaShape {

	/** Publisher roles that are the carrier itself (carrier, its local agent). */
	private static final Set<String> CARRIER_ROLES = Set.of("CA", "AG");

	private DcsaNode metadata() {
		return event.at("metadata");
	}

	@Override
	public DcsaNode payload() {
		return event.at("payload");
	}

	@Override
	public String version() {
		return "3.0 beta";
	}

	@Override
	public DcsaNode eventId() {
		return metadata().at("eventID");
	}

	@Override
	public int eventIdLength() {
		return 100;
	}

	@Override
	public boolean eventIdsMayRepeat() {
		return false;
	}

	@Override
	public DcsaNode eventType() {
		DcsaNode type = metadata().at("eventType");
		return type.present() ? type : payload().at("eventType");
	}

	@Override
	public DcsaNode classifier() {
		return payload().at("eventClassifierCode");
	}

	@Override
	public DcsaNode eventDateTime() {
		return payload().at("eventDateTime");
	}

	@Override
	public DcsaNode created() {
		return metadata().at("eventCreatedDateTime");
	}

	@Override
	public boolean createdRequired() {
		return true;
	}

	@Override
	public DcsaNode retractedEventId() {
		return metadata().at("retractedEventID");
	}

	@Override
	public boolean retractsItself() {
		return false;
	}

	@Override
	public DcsaNode code(String field) {
		return payload().at(field);
	}

	@Override
	public DcsaNode transportCall() {
		return payload().at("transportCall");
	}

	@Override
	public List<DcsaNode> places() {
		// the API's own drop-off/pick-up example writes "location" for "eventLocation"
		return List.of(payload().at("eventLocation"), payload().at("location"), transportCall().at("location"));
	}

	@Override
	public DcsaNode facilityType() {
		DcsaNode type = payload().at("facilityTypeCode");
		return type.present() ? type : transportCall().at("facilityTypeCode");
	}

	@Override
	public List<DcsaNode> delayCodes() {
		DcsaNode code = payload().at("delayReasonCode");
		return code.present() ? List.of(code) : List.of();
	}

	@Override
	public DcsaNode changeRemark() {
		return payload().at("changeRemark");
	}

	@Override
	public DcsaNode documentType() {
		return payload().at("documentTypeCode");
	}

	@Override
	public DcsaNode documentId() {
		return payload().at("documentReference");
	}

	@Override
	public DcsaNode reason() {
		return payload().at("reason");
	}

	@Override
	public List<DcsaNode[]> documentReferences() {
		return pairs(payload().at("relatedDocumentReferences"), "type", "value");
	}

	@Override
	public List<DcsaNode[]> references() {
		return pairs(payload().at("references"), "type", "value");
	}

	@Override
	public DcsaNode equipmentReference() {
		return payload().at("equipmentReference");
	}

	@Override
	public DcsaNode emptyIndicator() {
		return payload().at("emptyIndicatorCode");
	}

	@Override
	public boolean transshipment() {
		return payload().at("isTransshipmentMove").node().asBoolean(false);
	}

	@Override
	public @Nullable String carrier() {
		String role = metadata().at("publisherRole").nonBlank();
		if (role != null && !CARRIER_ROLES.contains(role)) {
			return null;
		}
		return metadata().at("publisher").at("carrierCode").nonBlank();
	}

	@Override
	public void details(Map<String, String> into) {
		DcsaNode call = transportCall();
		DcsaNode vessel = call.at("vessel").present() ? call.at("vessel") : call.at("barge");
		put(into, "vessel", vessel.at("name"));
		put(into, "vessel_imo", vessel.at("vesselIMONumber"));
		put(into, "vessel_operator", vessel.at("operatorCarrierCode"));
		put(into, "voyage_export", call.at("carrierExportVoyageNumber"));
		put(into, "voyage_import", call.at("carrierImportVoyageNumber"));
		put(into, "service", call.at("carrierServiceCode"));
		put(into, "rail_car", call.at("railCar"));
		put(into, "rail_service", call.at("railService"));
		put(into, "licence_plate", call.at("licencePlate"));
		put(into, "publisher", metadata().at("publisher").at("partyName"));
	}

}
