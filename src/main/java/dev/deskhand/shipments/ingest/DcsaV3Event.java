package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.ingest.DcsaV2Event.pairs;
import static dev.deskhand.shipments.ingest.DcsaV2Event.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A DCSA T&amp;T 3.0.0 event: {@code eventClassification} (type, classifier, code),
 * {@code eventLocation} and the shipment, transport, equipment, IoT and reefer details.
 */
record DcsaV3Event(DcsaNode event) implements DcsaShape {

	private DcsaNode classification() {
		return event.at("eventClassification");
	}

	private DcsaNode shipmentDetails() {
		return event.at("shipmentDetails");
	}

	private DcsaNode transportDetails() {
		return event.at("transportDetails");
	}

	private DcsaNode equipmentDetails() {
		return event.at("equipmentDetails");
	}

	@Override
	public String version() {
		return "3.0.0";
	}

	@Override
	public DcsaNode eventId() {
		return event.at("eventID");
	}

	@Override
	public int eventIdLength() {
		return 500;
	}

	@Override
	public boolean eventIdsMayRepeat() {
		return true;
	}

	@Override
	public DcsaNode eventType() {
		return classification().at("eventTypeCode");
	}

	@Override
	public DcsaNode classifier() {
		return classification().at("eventClassifierCode");
	}

	@Override
	public DcsaNode eventDateTime() {
		return event.at("eventDateTime");
	}

	@Override
	public DcsaNode created() {
		return event.at("eventUpdatedDateTime");
	}

	@Override
	public boolean createdRequired() {
		return false;
	}

	@Override
	public DcsaNode retractedEventId() {
		return event.at("retractedEventID");
	}

	@Override
	public boolean retractsItself() {
		return event.at("isRetracted").node().asBoolean(false);
	}

	@Override
	public DcsaNode payload() {
		return event.at("payload");
	}

	@Override
	public DcsaNode code(String field) {
		return classification().at(field);
	}

	@Override
	public DcsaNode transportCall() {
		return transportDetails().at("transportCall");
	}

	@Override
	public List<DcsaNode> places() {
		return List.of(event.at("eventLocation"));
	}

	@Override
	public DcsaNode facilityType() {
		return event.at("eventLocation").at("facilityTypeCode");
	}

	@Override
	public List<DcsaNode> delayCodes() {
		return transportDetails().at("delayReasonCodes").elements();
	}

	@Override
	public DcsaNode changeRemark() {
		return transportDetails().at("changeRemark");
	}

	@Override
	public DcsaNode documentType() {
		return shipmentDetails().at("documentReference").at("typeCode");
	}

	@Override
	public DcsaNode documentId() {
		return shipmentDetails().at("documentReference").at("reference");
	}

	@Override
	public DcsaNode reason() {
		return shipmentDetails().at("reason");
	}

	@Override
	public List<DcsaNode[]> documentReferences() {
		return pairs(shipmentDetails().at("additionalDocumentReferences"), "typeCode", "reference");
	}

	@Override
	public List<DcsaNode[]> references() {
		return pairs(shipmentDetails().at("shipmentReferences"), "typeCode", "reference");
	}

	@Override
	public DcsaNode equipmentReference() {
		return equipmentDetails().at("equipmentReference");
	}

	@Override
	public DcsaNode emptyIndicator() {
		return equipmentDetails().at("emptyIndicatorCode");
	}

	@Override
	public boolean transshipment() {
		return "TRANSSHIPMENT".equals(equipmentDetails().at("movementType").nonBlank());
	}

	@Override
	public @Nullable String carrier() {
		DcsaNode party = event.at("eventRouting").at("originatingParty");
		String function = party.at("partyFunction").nonBlank();
		return function == null || "CA".equals(function) ? party.at("partyCode").nonBlank() : null;
	}

	@Override
	public void details(Map<String, String> into) {
		DcsaNode call = transportCall();
		DcsaNode vessel = call.at("vesselTransport");
		put(into, "vessel", vessel.at("vesselName"));
		put(into, "vessel_imo", vessel.at("vesselIMONumber"));
		put(into, "vessel_operator", vessel.at("operatorCarrierCode"));
		put(into, "voyage_export", call.at("exportVoyageNumberOrReference").at("carrierVoyageNumber"));
		put(into, "voyage_import", call.at("importVoyageNumberOrReference").at("carrierVoyageNumber"));
		put(into, "service", call.at("serviceCodeOrReference").at("carrierServiceCode"));
		put(into, "rail_car", call.at("railTransport").at("railCarReference"));
		put(into, "licence_plate", call.at("truckTransport").at("tractorDetails").at("licensePlate"));
		put(into, "iot_event", event.at("iotDetails").at("iotEventCode"));
		DcsaNode reefer = event.at("reeferDetails");
		List<String> temperatures = new ArrayList<>();
		for (DcsaNode probe : reefer.at("temperatureProbeMeasurements").elements()) {
			temperatures.add(probe.at("measuredTemperatureValue").node().asString());
		}
		if (!temperatures.isEmpty()) {
			into.put("reefer_temperatures", String.join(", ", temperatures));
		}
		put(into, "reefer_setpoint", reefer.at("internalSetpointTemperature"));
		put(into, "temperature_unit", reefer.at("temperatureUnit"));
	}

}
