package dev.deskhand.shipments.ingest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where one DCSA event keeps each value, for each of the three shapes DCSA has used: the
 * flat events of T&amp;T 2.2/2.3 ({@link DcsaV2Event}), the {@code metadata} and
 * {@code payload} of 3.0 beta ({@link DcsaV3BetaEvent}) and the
 * {@code eventClassification} and details objects of 3.0.0 ({@link DcsaV3Event}). A value
 * a shape does not have is a missing node.
 */
sealed interface DcsaShape permits DcsaV2Event, DcsaV3BetaEvent, DcsaV3Event {

	/**
	 * The standard's version, for messages: {@code 2.x}, {@code 3.0 beta}, {@code 3.0.0}.
	 */
	String version();

	DcsaNode event();

	DcsaNode eventId();

	/** The longest eventID the version allows, or 0 when it must be a UUID. */
	int eventIdLength();

	/** Whether an eventID may repeat within one file (3.0.0: a later one overrides). */
	boolean eventIdsMayRepeat();

	DcsaNode eventType();

	DcsaNode classifier();

	DcsaNode eventDateTime();

	/** eventCreatedDateTime where the version requires it, else a missing node. */
	DcsaNode created();

	boolean createdRequired();

	/** The id this event withdraws (3.0 beta {@code retractedEventID}), or missing. */
	DcsaNode retractedEventId();

	/** 3.0.0's {@code isRetracted}: this event withdraws every event with its own id. */
	boolean retractsItself();

	/** The object whose absence 3.0 beta requires of a retraction, else missing. */
	DcsaNode payload();

	/** The event type's own code, e.g. {@code transportEventTypeCode}. */
	DcsaNode code(String field);

	DcsaNode transportCall();

	/** The places that may hold the event's location, the event's own first. */
	List<DcsaNode> places();

	DcsaNode facilityType();

	List<DcsaNode> delayCodes();

	DcsaNode changeRemark();

	/** A shipment event's document type and reference (documentID, documentReference). */
	DcsaNode documentType();

	DcsaNode documentId();

	DcsaNode reason();

	/** Related documents: pairs of a type code and a value node. */
	List<DcsaNode[]> documentReferences();

	/**
	 * Shipper's, forwarder's and equipment references: pairs of a type code and a value.
	 */
	List<DcsaNode[]> references();

	DcsaNode equipmentReference();

	DcsaNode emptyIndicator();

	boolean transshipment();

	/**
	 * The carrier that published the event (SMDG or SCAC code), when the event names it.
	 */
	@Nullable String carrier();

	/** Vessel, voyage, service and similar values worth showing, snake_case keys. */
	void details(Map<String, String> into);

}
