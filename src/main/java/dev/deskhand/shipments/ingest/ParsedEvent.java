package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One tracking event as a parser read it, normalised but not yet checked against the
 * workspace or stored. Parsers are pure: no database, no Spring, no clock.
 *
 * @param position where it is in the file, counted from 1: {@code "12"} (a CSV line, the
 * header is line 1), {@code "34"} (an EDI segment number from the start of the
 * interchange) or a JSON pointer ({@code "/events/3"})
 * @param externalId the source's own id for the event (DCSA eventID, a carrier's event
 * id), or null when the source has none (then the content digest identifies it)
 * @param status the normalised status
 * @param carrierCode the source's own status code as written ({@code "DISC"},
 * {@code "AG"}, {@code "OFD"}), never empty: the standard's code when the carrier's is
 * absent
 * @param carrierReason the meaning of that code or the source's reason text, or null
 * @param classifier actual, estimated or planned
 * @param eventTime when it happened (or is expected), in UTC
 * @param zoneUsed how a local time became UTC: {@code "Z"} or an offset given in the file
 * ({@code "+02:00"}), an X12 time code and the zone it resolved to ({@code "CT
 * America/Chicago"}), a location's zone ({@code "Europe/Copenhagen"}); null when the
 * source gave an instant
 * @param location where, or null
 * @param references every reference the event names (container, bill of lading, booking,
 * AWB, tracking number …), as written; validity is checked later by the references module
 * @param carrier the carrier as the source names it (SCAC, IATA prefix, a parcel
 * carrier's name such as {@code "DHL"}), or null
 * @param mode the transport mode when the source says or implies it, or null
 * @param retracts the external id of an earlier event this one withdraws (DCSA
 * {@code retractedEventID}), or null
 * @param details further values worth showing (vessel, voyage, flight, signed by …)
 * @param raw the record's own text (the JSON object, the CSV line, the message's
 * segments), kept with the stored event
 */
public record ParsedEvent(String position, @Nullable String externalId, TrackingStatus status, String carrierCode,
		@Nullable String carrierReason, Classifier classifier, Instant eventTime, @Nullable String zoneUsed,
		@Nullable Location location, List<RawReference> references, @Nullable String carrier,
		@Nullable TransportMode mode, @Nullable String retracts, Map<String, String> details, String raw) {

	public ParsedEvent {
		Objects.requireNonNull(position, "position");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(carrierCode, "carrierCode");
		Objects.requireNonNull(classifier, "classifier");
		Objects.requireNonNull(eventTime, "eventTime");
		references = List.copyOf(references);
		details = Map.copyOf(details);
	}

	/** This event naming {@code references} instead of its own. */
	public ParsedEvent withReferences(List<RawReference> references) {
		return new ParsedEvent(position, externalId, status, carrierCode, carrierReason, classifier, eventTime,
				zoneUsed, location, references, carrier, mode, retracts, details, raw);
	}

	/**
	 * A place: a UN/LOCODE ({@code DKAAR}) when known, else a name (a city, a facility).
	 */
	public record Location(@Nullable String unlocode, @Nullable String name, @Nullable String countryCode) {
	}

	/**
	 * A reference as written in the source, with the type the source gives it (a DCSA
	 * {@code equipmentReference} is a container) or null when the source does not say.
	 */
	public record RawReference(@Nullable ReferenceType type, String value) {
	}

}
