package dev.deskhand.shipments.ingest;

import static dev.deskhand.shipments.TrackingStatus.*;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * DCSA Track &amp; Trace code lists (2.2, 2.3, 3.0 beta and 3.0.0) with their meanings as
 * DCSA's information model words them, and how each becomes a normalised status (the
 * table is in ARCHITECTURE.md, "Tracking events: DCSA").
 */
final class DcsaCodes {

	static final List<String> EVENT_TYPES = List.of("SHIPMENT", "TRANSPORT", "EQUIPMENT", "IOT", "REEFER");

	static final List<String> CLASSIFIERS = List.of("ACT", "EST", "PLN");

	static final Map<String, String> TRANSPORT = table("ARRI", "Arrived", "DEPA", "Departed");

	static final Map<String, String> EQUIPMENT = table("LOAD", "Loaded", "DISC", "Discharged", "GTIN", "Gated in",
			"GTOT", "Gated out", "STUF", "Stuffed", "STRP", "Stripped", "PICK", "Picked up at customer location",
			"DROP", "Dropped off at customer location", "INSP", "Seal inspected", "RSEA", "Resealed after inspection",
			"RMVD", "Seal removed for inspection", "AVPU", "Available for pick-up", "AVDO", "Available for drop-off",
			"CUSS", "Customs selected for scan", "CUSI", "Customs selected for inspection", "CUSR", "Customs released",
			"CROS", "Crossed");

	static final Map<String, String> SHIPMENT = table("RECE", "Received", "DRFT", "Drafted", "PENA", "Pending approval",
			"PENU", "Pending update", "PENC", "Pending confirmation", "PENM", "Pending amendment", "REJE", "Rejected",
			"APPR", "Approved", "ISSU", "Issued", "SURR", "Surrendered", "SUBM", "Submitted", "VOID", "Voided", "CONF",
			"Confirmed", "REQS", "Requested", "CMPL", "Completed", "HOLD", "On hold in customs inspection", "RELS",
			"Released from customs inspection", "CANC", "Cancelled", "AMCF", "Amendment confirmed", "AMCN",
			"Amendment cancelled", "AMDC", "Amendment declined", "AMPR", "Amendment in progress", "AMRE",
			"Amendment received", "CACF", "Cancellation confirmed", "CADC", "Cancellation declined", "CARE",
			"Cancellation received", "DECL", "Declined", "PSAM", "Pending surrender for amendment", "PSDL",
			"Pending surrender for delivery", "SUAM", "Surrendered for amendment", "SUDL", "Surrendered for delivery",
			"UPCF", "Update confirmed", "UPCN", "Update cancelled", "UPDC", "Update declined", "UPDT",
			"Update in progress", "UPRE", "Update received");

	static final Map<String, String> IOT = table("DETC", "Detected");

	static final Map<String, String> REEFER = table("MEAS", "Measured", "ADJU", "Adjusted");

	static final Map<String, String> IOT_EVENTS = table("DRO", "door opened", "DRC", "door closed", "LOC",
			"location update");

	static final Map<String, String> DOCUMENTS = table("CBR", "Carrier Booking Request", "BKG", "Booking", "SHI",
			"Shipping Instruction", "SRM", "Shipment Release Message", "TRD", "Transport Document", "BOL",
			"Bill of Lading", "SWB", "Sea Waybill", "ARN", "Arrival Notice", "VGM", "Verified Gross Mass", "CAS",
			"Cargo Survey", "CUS", "Customs Inspection", "CUC", "Customs Clearance", "DGD",
			"Dangerous Goods Declaration", "OOG", "Out of Gauge", "DEI", "Delivery Instructions", "DEO",
			"Delivery Order", "TRO", "Transport Order", "CRO", "Container Release Order", "CQU", "Contract Quotation",
			"INV", "Invoice", "HCE", "Health Certificate", "PCE", "Phytosanitary Certificate", "VCE",
			"Veterinary Certificate", "FCE", "Fumigation Certificate", "ICE", "Inspection Certificate", "CEA",
			"Certificate of Analysis", "CEO", "Certificate of Origin", "PFD", "Proof of Delivery", "AMF",
			"Advance Manifest Filing");

	/**
	 * DCSA's modes of transport; a barge is inland or coastal water, closest to ocean.
	 */
	static final Map<String, TransportMode> MODES = modes();

	/** Facilities where a laden pick-up or drop-off is a hand-over at a terminal. */
	private static final Set<String> TERMINALS = Set.of("POTE", "INTE", "DEPO", "OFFD", "COFS", "RAMP");

	private static final Set<String> BOOKINGS = Set.of("BKG", "CBR");

	private DcsaCodes() {
	}

	/** The code list of an event type's own code field. */
	static Map<String, String> codes(String eventType) {
		return switch (eventType) {
			case "TRANSPORT" -> TRANSPORT;
			case "EQUIPMENT" -> EQUIPMENT;
			case "SHIPMENT" -> SHIPMENT;
			case "IOT" -> IOT;
			default -> REEFER;
		};
	}

	/** The name of the field holding the event type's own code. */
	static String codeField(String eventType) {
		return eventType.toLowerCase(java.util.Locale.ROOT) + "EventTypeCode";
	}

	/**
	 * What happened to the goods. Equipment moves of an empty container are {@code info}
	 * (repositioning, not the cargo); a move flagged as transshipment is
	 * {@code transshipped}; a laden pick-up or drop-off at a terminal-type facility is
	 * the gate-out or gate-in it amounts to; a delay reported on an estimate or plan is
	 * {@code delayed}, while an actual movement keeps its status (the delay is in the
	 * reason).
	 */
	static TrackingStatus status(String eventType, String code, Classifier classifier, boolean delayReported,
			@Nullable String emptyIndicator, boolean transshipment, @Nullable String facilityType,
			@Nullable String documentType) {
		TrackingStatus status = switch (eventType) {
			case "TRANSPORT" -> "ARRI".equals(code) ? ARRIVED : DEPARTED;
			case "EQUIPMENT" -> equipment(code, "EMPTY".equals(emptyIndicator), transshipment, facilityType);
			case "SHIPMENT" -> shipment(code, documentType);
			default -> INFO;
		};
		if (delayReported && classifier != Classifier.ACTUAL && status != INFO) {
			return DELAYED;
		}
		return status;
	}

	private static TrackingStatus equipment(String code, boolean empty, boolean transshipment,
			@Nullable String facilityType) {
		boolean terminal = facilityType != null && TERMINALS.contains(facilityType);
		return switch (code) {
			case "CUSS", "CUSI" -> CUSTOMS_HOLD;
			case "CUSR" -> CUSTOMS_RELEASED;
			case "LOAD", "DISC", "GTIN", "GTOT", "PICK", "DROP" ->
				empty ? INFO : transshipment ? TRANSSHIPPED : moved(code, terminal);
			default -> INFO;
		};
	}

	private static TrackingStatus moved(String code, boolean terminal) {
		return switch (code) {
			case "LOAD" -> LOADED;
			case "DISC" -> DISCHARGED;
			case "GTIN" -> GATE_IN;
			case "GTOT" -> GATE_OUT;
			case "PICK" -> terminal ? GATE_OUT : PICKED_UP;
			default -> terminal ? GATE_IN : DELIVERED;
		};
	}

	private static TrackingStatus shipment(String code, @Nullable String documentType) {
		boolean booking = documentType == null || BOOKINGS.contains(documentType);
		return switch (code) {
			case "RECE", "CONF" -> booking ? BOOKED : INFO;
			case "CANC", "CACF" -> booking ? CANCELLED : INFO;
			case "REJE", "DECL", "PENU", "AMDC", "UPDC", "CADC" -> EXCEPTION;
			case "HOLD" -> CUSTOMS_HOLD;
			case "RELS" -> CUSTOMS_RELEASED;
			default -> INFO;
		};
	}

	/**
	 * The reference type of a DCSA document type code, or null when Deskhand has none.
	 */
	static @Nullable ReferenceType documentReference(String documentType) {
		return switch (documentType) {
			case "BKG" -> ReferenceType.BOOKING;
			case "TRD", "BOL", "SWB" -> ReferenceType.BILL_OF_LADING;
			default -> null;
		};
	}

	/** The reference type of a DCSA reference type code (FF, SI, PO, EQ …), or null. */
	static @Nullable ReferenceType reference(String referenceType) {
		return switch (referenceType) {
			case "EQ" -> ReferenceType.CONTAINER;
			case "PO" -> ReferenceType.ORDER;
			default -> null;
		};
	}

	private static Map<String, TransportMode> modes() {
		Map<String, TransportMode> modes = new LinkedHashMap<>();
		modes.put("VESSEL", TransportMode.OCEAN);
		modes.put("BARGE", TransportMode.OCEAN);
		modes.put("RAIL", TransportMode.RAIL);
		modes.put("TRUCK", TransportMode.ROAD);
		modes.put("MULTIMODAL", TransportMode.OCEAN);
		return java.util.Collections.unmodifiableMap(modes);
	}

	private static Map<String, String> table(String... codeAndMeaning) {
		Map<String, String> table = new LinkedHashMap<>();
		for (int i = 0; i < codeAndMeaning.length; i += 2) {
			table.put(codeAndMeaning[i], codeAndMeaning[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(table);
	}

}
