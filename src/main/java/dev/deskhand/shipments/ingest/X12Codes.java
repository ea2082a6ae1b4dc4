package dev.deskhand.shipments.ingest;

import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The X12 code lists the status sets are read with, and what each code means in
 * Deskhand's statuses. A code not listed here is kept as written and becomes
 * {@code info}: the event is stored, not guessed at.
 */
final class X12Codes {

	private X12Codes() {
	}

	/** A code's meaning and the status and classifier it gives. */
	record Meaning(String text, TrackingStatus status, Classifier classifier) {
	}

	private static Meaning actual(String text, TrackingStatus status) {
		return new Meaning(text, status, Classifier.ACTUAL);
	}

	private static Meaning estimated(String text, TrackingStatus status) {
		return new Meaning(text, status, Classifier.ESTIMATED);
	}

	/** 214 AT7-01, element 1650 Shipment Status Code. */
	static final Map<String, Meaning> SHIPMENT_STATUS = Map.ofEntries(
			Map.entry("A3", actual("Shipment Returned to Shipper", TrackingStatus.EXCEPTION)),
			Map.entry("A7", actual("Refused by Consignee", TrackingStatus.DELIVERY_FAILED)),
			Map.entry("A9", actual("Shipment Damaged", TrackingStatus.DAMAGED)),
			Map.entry("AF", actual("Carrier Departed Pick-up Location with Shipment", TrackingStatus.PICKED_UP)),
			Map.entry("AG", estimated("Estimated Delivery", TrackingStatus.DELIVERED)),
			Map.entry("AH", actual("Attempted Delivery", TrackingStatus.DELIVERY_FAILED)),
			Map.entry("AI", actual("Shipment has been Reconsigned", TrackingStatus.INFO)),
			Map.entry("AJ", actual("Tendered for Delivery", TrackingStatus.OUT_FOR_DELIVERY)),
			Map.entry("AM", actual("Loaded on Truck", TrackingStatus.LOADED)),
			Map.entry("AP", actual("Delivery Not Completed", TrackingStatus.DELIVERY_FAILED)),
			Map.entry("AR", actual("Rail Arrival at Destination Intermodal Ramp", TrackingStatus.ARRIVED)),
			Map.entry("AV", actual("Available for Delivery", TrackingStatus.INFO)),
			Map.entry("B6", estimated("Estimated to Arrive at Carrier Terminal", TrackingStatus.ARRIVED)),
			Map.entry("C1", estimated("Estimated to Depart Terminal Location", TrackingStatus.DEPARTED)),
			Map.entry("CA", actual("Shipment Cancelled", TrackingStatus.CANCELLED)),
			Map.entry("CD", actual("Carrier Departed Delivery Location", TrackingStatus.INFO)),
			Map.entry("CP", actual("Completed Loading at Pick-up Location", TrackingStatus.LOADED)),
			Map.entry("D1", actual("Completed Unloading at Delivery Location", TrackingStatus.DELIVERED)),
			Map.entry("I1", actual("In-Gate", TrackingStatus.GATE_IN)),
			Map.entry("J1", actual("Delivered to Connecting Line", TrackingStatus.TRANSSHIPPED)),
			Map.entry("OA", actual("Out-Gate", TrackingStatus.GATE_OUT)),
			Map.entry("P1", actual("Departed Terminal Location", TrackingStatus.DEPARTED)),
			Map.entry("R1", actual("Received from Prior Carrier", TrackingStatus.TRANSSHIPPED)),
			Map.entry("RL", actual("Rail Departure from Origin Intermodal Ramp", TrackingStatus.DEPARTED)),
			Map.entry("S1", actual("Trailer Spotted at Consignee's Location", TrackingStatus.INFO)),
			Map.entry("SD", actual("Shipment Delayed", TrackingStatus.DELAYED)),
			Map.entry("X1", actual("Arrived at Delivery Location", TrackingStatus.ARRIVED)),
			Map.entry("X2",
					estimated("Estimated Date and/or Time of Arrival at Consignee's Location", TrackingStatus.ARRIVED)),
			Map.entry("X3", actual("Arrived at Pick-up Location", TrackingStatus.INFO)),
			Map.entry("X4", actual("Arrived at Terminal Location", TrackingStatus.ARRIVED)),
			Map.entry("X5", actual("Arrived at Delivery Location Loading Dock", TrackingStatus.ARRIVED)),
			Map.entry("X6", actual("En Route to Delivery Location", TrackingStatus.DEPARTED)),
			Map.entry("X8", actual("Arrived at Pick-up Location Loading Dock", TrackingStatus.INFO)),
			Map.entry("XB", actual("Shipment Acknowledged", TrackingStatus.BOOKED)));

	/** 214 AT7-03, element 1652 Shipment Appointment Status Code: planned milestones. */
	static final Map<String, Meaning> APPOINTMENT = Map.of("AA",
			new Meaning("Pick-up Appointment Date and/or Time", TrackingStatus.PICKED_UP, Classifier.PLANNED), "AB",
			new Meaning("Delivery Appointment Date and/or Time", TrackingStatus.DELIVERED, Classifier.PLANNED));

	/** 214 AT7-02/04, element 1651 Shipment Status or Appointment Reason Code. */
	static final Map<String, String> REASONS = Map.ofEntries(Map.entry("A1", "Missed Delivery"),
			Map.entry("A2", "Incorrect Address"), Map.entry("A3", "Indirect Delivery"),
			Map.entry("A5", "Unable to Locate"), Map.entry("A6", "Address Corrected - Delivery Attempted"),
			Map.entry("AA", "Mis-sort"), Map.entry("AD", "Customer Requested Future Delivery"),
			Map.entry("AE", "Restricted Articles Unacceptable"), Map.entry("AF", "Accident"),
			Map.entry("AG", "Consignee Related"), Map.entry("AH", "Driver Related"),
			Map.entry("AI", "Mechanical Breakdown"), Map.entry("AJ", "Other Carrier Related"),
			Map.entry("AK", "Damaged, Rewrapped in Hub"), Map.entry("AL", "Previous Stop"),
			Map.entry("AM", "Shipper Related"), Map.entry("AN", "Holiday - Closed"),
			Map.entry("AO", "Weather or Natural Disaster Related"),
			Map.entry("AQ", "Recipient Unavailable - Delivery Delayed"),
			Map.entry("AR", "Improper International Paperwork"),
			Map.entry("AS", "Hold Due to Customs Documentation Problems"), Map.entry("AW", "Past Cut-off Time"),
			Map.entry("AX", "Insufficient Pick-up Time"), Map.entry("AY", "Missed Pick-up"),
			Map.entry("AZ", "Alternate Carrier Delivered"), Map.entry("B1", "Consignee Closed"),
			Map.entry("B5", "Held for Consignee"), Map.entry("BB", "Held per Shipper"),
			Map.entry("BC", "Missing Documents"), Map.entry("BD", "Border Clearance"),
			Map.entry("BE", "Road Conditions"), Map.entry("BG", "Other"),
			Map.entry("BH", "Insufficient Time to Complete Delivery"), Map.entry("BS", "Refused by Customer"),
			Map.entry("BT", "Returned to Shipper"), Map.entry("C1", "Waiting for Customer Pick-up"),
			Map.entry("C2", "Credit Hold"), Map.entry("C3", "Suspended at Customer Request"),
			Map.entry("C9", "Cash Not Available From Consignee"), Map.entry("CA", "Customs (Import or Export)"),
			Map.entry("D1", "Carrier Dispatch Error"), Map.entry("D2", "Driver Not Available"),
			Map.entry("F2", "International Non-carrier Delay"), Map.entry("NA", "Normal Appointment"),
			Map.entry("NS", "Normal Status"), Map.entry("P1", "Processing Delay"),
			Map.entry("P2", "Waiting Inspection"), Map.entry("RC", "Reconsigned"),
			Map.entry("T3", "Trailer not Available"), Map.entry("T7", "Insufficent Delivery Time"));

	/**
	 * Reasons that say something went wrong, and what: they override an actual status
	 * (never a delivery or an estimate). Customer-side and neutral reasons (NS, NA, AD,
	 * B5, BB, C3, RC, BG …) leave the status as the status code says.
	 */
	private static final Map<String, TrackingStatus> PROBLEM_REASONS = Map.ofEntries(
			Map.entry("AK", TrackingStatus.DAMAGED), Map.entry("AS", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("CA", TrackingStatus.CUSTOMS_HOLD), Map.entry("BD", TrackingStatus.CUSTOMS_HOLD),
			Map.entry("A1", TrackingStatus.DELIVERY_FAILED), Map.entry("A2", TrackingStatus.DELIVERY_FAILED),
			Map.entry("A5", TrackingStatus.DELIVERY_FAILED), Map.entry("B1", TrackingStatus.DELIVERY_FAILED),
			Map.entry("BS", TrackingStatus.DELIVERY_FAILED), Map.entry("C9", TrackingStatus.DELIVERY_FAILED),
			Map.entry("BT", TrackingStatus.EXCEPTION), Map.entry("AE", TrackingStatus.EXCEPTION),
			Map.entry("AR", TrackingStatus.EXCEPTION), Map.entry("AF", TrackingStatus.DELAYED),
			Map.entry("AI", TrackingStatus.DELAYED), Map.entry("AO", TrackingStatus.DELAYED),
			Map.entry("BE", TrackingStatus.DELAYED), Map.entry("AH", TrackingStatus.DELAYED),
			Map.entry("AJ", TrackingStatus.DELAYED), Map.entry("D1", TrackingStatus.DELAYED),
			Map.entry("D2", TrackingStatus.DELAYED), Map.entry("AY", TrackingStatus.DELAYED),
			Map.entry("AQ", TrackingStatus.DELAYED), Map.entry("P1", TrackingStatus.DELAYED),
			Map.entry("F2", TrackingStatus.DELAYED), Map.entry("T3", TrackingStatus.DELAYED),
			Map.entry("T7", TrackingStatus.DELAYED), Map.entry("AW", TrackingStatus.DELAYED),
			Map.entry("BH", TrackingStatus.DELAYED), Map.entry("AA", TrackingStatus.DELAYED),
			Map.entry("AN", TrackingStatus.DELAYED));

	/** The status a reason forces on an actual, not-yet-delivered event, if any. */
	static @Nullable TrackingStatus problem(String reason, Meaning meaning) {
		if (meaning.classifier() != Classifier.ACTUAL || meaning.status() == TrackingStatus.DELIVERED) {
			return null;
		}
		return PROBLEM_REASONS.get(reason);
	}

	/** 315 B4-03, element 157 Shipment Status Code (ocean). */
	static final Map<String, Meaning> OCEAN_STATUS = Map.ofEntries(
			Map.entry("AE", actual("Loaded on Vessel", TrackingStatus.LOADED)),
			Map.entry("VD", actual("Vessel Departure", TrackingStatus.DEPARTED)),
			Map.entry("VA", actual("Vessel Arrival", TrackingStatus.ARRIVED)),
			Map.entry("UV", actual("Unloaded From Vessel", TrackingStatus.DISCHARGED)),
			Map.entry("I", actual("In-Gate", TrackingStatus.GATE_IN)),
			Map.entry("OA", actual("Out-Gate", TrackingStatus.GATE_OUT)),
			Map.entry("AL", actual("Loaded on Rail", TrackingStatus.LOADED)),
			Map.entry("UR", actual("Unloaded From a Rail Car", TrackingStatus.DISCHARGED)),
			Map.entry("RL", actual("Rail Departure from Origin Intermodal Ramp", TrackingStatus.DEPARTED)),
			Map.entry("AR", actual("Rail Arrival at Destination Intermodal Ramp", TrackingStatus.ARRIVED)),
			Map.entry("AV", actual("Available for Delivery", TrackingStatus.INFO)),
			Map.entry("CT", actual("Customs Released", TrackingStatus.CUSTOMS_RELEASED)),
			Map.entry("CR", actual("Carrier Release", TrackingStatus.INFO)),
			Map.entry("D1", actual("Completed Unloading at Delivery Location", TrackingStatus.DELIVERED)),
			Map.entry("X1", actual("Arrived at Delivery Location", TrackingStatus.ARRIVED)),
			Map.entry("RD", actual("Return Container", TrackingStatus.INFO)),
			Map.entry("EE", actual("Empty Equipment Dispatched", TrackingStatus.INFO)));

	/** Codes of rail moves in a 315: the event's mode is rail. */
	static final Set<String> RAIL = Set.of("AL", "UR", "RL", "AR");

	/** Names of the X12 transaction sets Deskhand does not read, for the rejection. */
	static final Map<String, String> OTHER_SETS = Map.ofEntries(Map.entry("110", "Air Freight Details and Invoice"),
			Map.entry("204", "Motor Carrier Load Tender"),
			Map.entry("210", "Motor Carrier Freight Details and Invoice"),
			Map.entry("211", "Motor Carrier Bill of Lading"),
			Map.entry("212", "Motor Carrier Delivery Trailer Manifest"),
			Map.entry("213", "Motor Carrier Shipment Status Inquiry"),
			Map.entry("215", "Motor Carrier Pick-up Manifest"),
			Map.entry("216", "Motor Carrier Shipment Pick-up Notification"),
			Map.entry("300", "Reservation (Booking Request) (Ocean)"), Map.entry("301", "Confirmation (Ocean)"),
			Map.entry("304", "Shipping Instructions"), Map.entry("309", "Customs Manifest"),
			Map.entry("310", "Freight Receipt and Invoice (Ocean)"),
			Map.entry("313", "Shipment Status Inquiry (Ocean)"),
			Map.entry("322", "Terminal Operations and Intermodal Ramp Activity"),
			Map.entry("404", "Rail Carrier Shipment Information"), Map.entry("810", "Invoice"),
			Map.entry("850", "Purchase Order"), Map.entry("856", "Ship Notice/Manifest"),
			Map.entry("990", "Response to a Load Tender"), Map.entry("997", "Functional Acknowledgment"),
			Map.entry("999", "Implementation Acknowledgment"));

}
