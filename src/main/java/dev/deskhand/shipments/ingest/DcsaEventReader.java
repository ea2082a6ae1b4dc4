package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.DcsaChecks.Stamp;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one DCSA event of any shape into a {@link ParsedEvent}, or refuses it with every
 * problem found, each naming its JSON pointer.
 */
final class DcsaEventReader {

	/**
	 * How far an actual event may lie after its own creation (clocks differ a little).
	 */
	private static final Duration SKEW = Duration.ofMinutes(15);

	/**
	 * How far in the future a creation or an actual event may lie before it is refused.
	 */
	private static final Duration AHEAD = Duration.ofDays(1);

	/** The carrier code of a retraction, which DCSA gives no code of its own. */
	static final String RETRACTED = "RETRACTED";

	private final Clock clock;

	DcsaEventReader(Clock clock) {
		this.clock = clock;
	}

	/** An event read, or the reason it was refused. */
	record Read(@Nullable ParsedEvent event, @Nullable Rejection rejection) {
	}

	/**
	 * @param earlier the position of an earlier event of the file with the same eventID,
	 * or null
	 */
	Read read(DcsaShape shape, String position, @Nullable String earlier) {
		List<Text> problems = new ArrayList<>();
		DcsaChecks check = new DcsaChecks(problems);
		String id = check.eventId(shape.eventId(), shape instanceof DcsaV3BetaEvent, shape.eventIdLength());
		if (id != null && earlier != null) {
			check.add(Text.of("ingest.reject.dcsa.repeated-id", shape.eventId().pointer(), id, earlier));
		}
		Stamp created = check.time(shape.created(), shape.createdRequired());
		Instant latest = clock.instant().plus(AHEAD);
		if (created != null && shape.createdRequired() && created.instant().isAfter(latest)) {
			check.add(Text.of("ingest.reject.dcsa.created-future", shape.created().pointer(), created.written()));
		}
		if (shape.retractedEventId().present() || shape.retractsItself()) {
			return retraction(shape, position, id, created, check, problems);
		}
		String type = check.code(shape.eventType(), true, DcsaCodes.EVENT_TYPES);
		String classifierCode = check.code(shape.classifier(), true, DcsaCodes.CLASSIFIERS);
		Stamp when = check.time(shape.eventDateTime(), true);
		if (when != null && "ACT".equals(classifierCode)) {
			if (when.instant().isAfter(latest)) {
				check.add(Text.of("ingest.reject.dcsa.actual-future", shape.eventDateTime().pointer(), when.written()));
			}
			else if (created != null && shape.createdRequired()
					&& when.instant().isAfter(created.instant().plus(SKEW))) {
				check.add(Text.of("ingest.reject.dcsa.actual-before-created", when.written(), created.written()));
			}
		}
		String code = type == null ? null
				: check.code(shape.code(DcsaCodes.codeField(type)), true, DcsaCodes.codes(type).keySet());
		requireStructure(shape, type, check);
		String modeCode = check.code(shape.transportCall().at("modeOfTransport"), false, DcsaCodes.MODES.keySet());
		Map<String, String> details = new LinkedHashMap<>();
		Location location = DcsaPlaces.location(shape, check, details);
		List<String> delays = new ArrayList<>();
		for (DcsaNode delay : shape.delayCodes()) {
			String text = check.text(delay, false);
			if (text != null) {
				delays.add(text);
			}
		}
		List<ParsedEvent.RawReference> references = DcsaPlaces.references(shape, check);
		if (!problems.isEmpty() || type == null || classifierCode == null || when == null || code == null) {
			return new Read(null, new Rejection(position, reason(problems)));
		}
		return new Read(event(shape, position, id, type, code, Classifier.parse(classifierCode), when, location,
				references, modeCode, delays, details), null);
	}

	/**
	 * What 2.x and 3.0 beta require beyond the common values (3.0.0 requires nothing).
	 */
	private static void requireStructure(DcsaShape shape, @Nullable String type, DcsaChecks check) {
		if (shape instanceof DcsaV3Event) {
			return;
		}
		if ("SHIPMENT".equals(type)) {
			check.text(shape.documentType(), true);
			check.text(shape.documentId(), true);
		}
		if ("TRANSPORT".equals(type) && !shape.transportCall().isObject()) {
			check.add(Text.of("ingest.reject.dcsa.missing", shape.transportCall().pointer()));
		}
		if (shape instanceof DcsaV3BetaEvent && !shape.payload().present()) {
			check.add(Text.of("ingest.reject.dcsa.missing", shape.payload().pointer()));
		}
	}

	private static ParsedEvent event(DcsaShape shape, String position, @Nullable String id, String type, String code,
			Classifier classifier, Stamp when, @Nullable Location location, List<ParsedEvent.RawReference> references,
			@Nullable String modeCode, List<String> delays, Map<String, String> details) {
		String empty = shape.emptyIndicator().nonBlank();
		String facility = shape.facilityType().nonBlank();
		TrackingStatus status = DcsaCodes.status(type, code, classifier, !delays.isEmpty(), empty,
				shape.transshipment(), facility, shape.documentType().nonBlank());
		TransportMode mode = modeCode == null ? TransportMode.OCEAN : DcsaCodes.MODES.get(modeCode);
		shape.details(details);
		details.put("event_type", type);
		put(details, "facility_type", facility);
		put(details, "empty_laden", empty);
		if (!delays.isEmpty()) {
			details.put("delay_reason_codes", String.join(", ", delays));
		}
		put(details, "change_remark", shape.changeRemark().nonBlank());
		return new ParsedEvent(position, id, status, code, DcsaReasons.reason(shape, type, code, delays), classifier,
				when.instant(), when.zone(), location, references, shape.carrier(), mode, null, details,
				shape.event().node().toString());
	}

	private Read retraction(DcsaShape shape, String position, @Nullable String id, @Nullable Stamp created,
			DcsaChecks check, List<Text> problems) {
		String retracts;
		Stamp when = created;
		if (shape.retractsItself()) {
			retracts = id;
			if (id == null && !shape.eventId().present()) {
				check.add(Text.of("ingest.reject.dcsa.missing", shape.eventId().pointer()));
			}
		}
		else {
			retracts = check.eventId(shape.retractedEventId(), true, shape.eventIdLength());
			if (shape.payload().present()) {
				check.add(Text.of("ingest.reject.dcsa.retraction-payload", shape.payload().pointer()));
			}
		}
		if (when == null && !shape.created().present()) {
			// a retraction without its creation time is dated by its event time, or
			// refused as missing it (a retraction by id once fell through with no reason)
			when = check.time(shape.eventDateTime(), true);
		}
		String type = check.code(shape.eventType(), false, DcsaCodes.EVENT_TYPES);
		if (!problems.isEmpty() || retracts == null || when == null) {
			return new Read(null, new Rejection(position, reason(problems)));
		}
		Map<String, String> details = new LinkedHashMap<>();
		put(details, "event_type", type);
		return new Read(new ParsedEvent(position, id, TrackingStatus.INFO, RETRACTED, "Retracts event " + retracts,
				Classifier.ACTUAL, when.instant(), when.zone(), null, List.of(), shape.carrier(), null, retracts,
				details, shape.event().node().toString()), null);
	}

	/** All problems as one text: "first; second; …". */
	static Text reason(List<Text> problems) {
		if (problems.isEmpty()) {
			return Text.of("ingest.reject.dcsa.unreadable", "?");
		}
		Text reason = problems.get(problems.size() - 1);
		for (int i = problems.size() - 2; i >= 0; i--) {
			reason = Text.of("ingest.reject.dcsa.and", problems.get(i), reason);
		}
		return reason;
	}

	private static void put(Map<String, String> details, String key, @Nullable String value) {
		if (value != null) {
			details.put(key, value);
		}
	}

}
