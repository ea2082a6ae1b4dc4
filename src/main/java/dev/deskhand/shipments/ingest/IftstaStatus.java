package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.EdiReader.Segment;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one IFTSTA message: every STS (in its CNI consignment) is an event. Inside the
 * STS group, the DTM and LOC before the first TDT are the event's own (its time: DTM 334
 * status change, else 7 effective, 178/186 actual arrival/departure, else 132/133
 * estimated; its place: LOC 175 activity location or 14 location of goods); a TDT opens
 * the transport leg, whose LOC (5, 7, 8, 9, 11 …) and DTM are NOT the event's place or
 * time and go to the details. References: the STS group's RFF and EQD, the consignment's
 * RFF, and the message's RFF of a kind the lower levels do not give.
 */
final class IftstaStatus {

	private static final Set<String> EVENT_PLACES = Set.of("175", "14");

	private static final List<String> ACTUAL_TIMES = List.of("334", "7", "178", "186");

	private static final List<String> ESTIMATED_TIMES = List.of("132", "133");

	private IftstaStatus() {
	}

	static void read(List<Segment> message, List<ParsedEvent> events, List<Rejection> rejected) {
		List<Segment> body = message.subList(1, message.size() - 1);
		Set<RawReference> header = new LinkedHashSet<>();
		Map<String, String> headerDetails = new LinkedHashMap<>();
		String carrier = null;
		Segment consignment = null;
		Set<RawReference> consignmentRefs = new LinkedHashSet<>();
		List<Segment> group = null;
		for (Segment s : body) {
			if (s.tag().equals("CNI") || s.tag().equals("STS")) {
				if (group != null) {
					event(group, consignment, consignmentRefs, header, headerDetails, carrier, events, rejected);
					group = null;
				}
				if (s.tag().equals("CNI")) {
					consignment = s;
					consignmentRefs = new LinkedHashSet<>();
				}
				else {
					group = new ArrayList<>(List.of(s));
				}
			}
			else if (group != null) {
				group.add(s);
			}
			else if (s.tag().equals("RFF")) {
				Set<RawReference> target = consignment == null ? header : consignmentRefs;
				RawReference reference = EdiValues.reference(s.comp(1, 1), s.comp(1, 2));
				if (reference != null) {
					target.add(reference);
				}
				else if (s.comp(1, 1).equals("AAZ") && carrier == null) {
					carrier = s.comp(1, 2);
				}
				else if (consignment == null && !s.comp(1, 2).isEmpty()) {
					headerDetails.put("RFF " + s.comp(1, 1), s.comp(1, 2));
				}
			}
			else if (s.tag().equals("NAD") && s.el(1).equals("CA") && !s.comp(2, 1).isEmpty()) {
				carrier = s.comp(2, 1);
			}
		}
		if (group != null) {
			event(group, consignment, consignmentRefs, header, headerDetails, carrier, events, rejected);
		}
	}

	private static void event(List<Segment> group, @Nullable Segment consignment, Set<RawReference> consignmentRefs,
			Set<RawReference> header, Map<String, String> headerDetails, @Nullable String messageCarrier,
			List<ParsedEvent> events, List<Rejection> rejected) {
		Segment sts = group.get(0);
		try {
			events.add(build(group, consignment, consignmentRefs, header, headerDetails, messageCarrier));
		}
		catch (EdiRecordRejected e) {
			rejected.add(new Rejection(EdiEnvelope.position(sts), e.reason()));
		}
	}

	private static ParsedEvent build(List<Segment> group, @Nullable Segment consignment,
			Set<RawReference> consignmentRefs, Set<RawReference> header, Map<String, String> headerDetails,
			@Nullable String messageCarrier) {
		Segment sts = group.get(0);
		String code = sts.comp(2, 1);
		String text = sts.comp(2, 4);
		if (code.isEmpty() && text.isEmpty()) {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.no-status", sts.position(), "STS"));
		}
		IftstaCodes.Mapped mapped = IftstaCodes.map(code, text);
		Set<RawReference> references = new LinkedHashSet<>();
		Map<String, String> details = new LinkedHashMap<>(headerDetails);
		Map<String, Segment> times = new LinkedHashMap<>();
		Location location = null;
		String carrier = null;
		TransportMode mode = null;
		boolean leg = false;
		for (Segment s : group.subList(1, group.size())) {
			switch (s.tag()) {
				case "TDT" -> {
					leg = true;
					mode = mode != null ? mode : IftstaCodes.mode(s.comp(3, 1));
					carrier = carrier != null || s.comp(5, 1).isEmpty() ? carrier : s.comp(5, 1);
					put(details, "voyage", s.el(2));
					put(details, "transport", s.comp(8, 4));
				}
				case "EQD" -> {
					leg = false;
					if (!s.comp(2, 1).isEmpty()) {
						references.add(s.el(1).equals("CN") ? EdiValues.container(s.comp(2, 1))
								: new RawReference(null, s.comp(2, 1)));
					}
				}
				case "RFF" -> {
					RawReference reference = EdiValues.reference(s.comp(1, 1), s.comp(1, 2));
					if (reference != null) {
						references.add(reference);
					}
					else {
						put(details, "RFF " + s.comp(1, 1), s.comp(1, 2));
					}
				}
				case "DTM" -> {
					if (leg) {
						put(details, "DTM " + s.comp(1, 1), s.comp(1, 2));
					}
					else {
						times.putIfAbsent(s.comp(1, 1), s);
					}
				}
				case "LOC" -> {
					if (!leg && location == null && EVENT_PLACES.contains(s.el(1))) {
						location = place(s);
					}
					else {
						put(details, "LOC " + s.el(1), (s.comp(2, 1) + " " + s.comp(2, 4)).trim());
					}
				}
				default -> {
				}
			}
		}
		references.addAll(consignmentRefs);
		Set<ReferenceType> given = new LinkedHashSet<>();
		references.forEach(r -> given.add(r.type()));
		header.stream().filter(r -> r.type() == null || !given.contains(r.type())).forEach(references::add);
		Classifier classifier = Classifier.ACTUAL;
		Segment dtm = ACTUAL_TIMES.stream().map(times::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
		if (dtm == null) {
			dtm = ESTIMATED_TIMES.stream().map(times::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
			classifier = Classifier.ESTIMATED;
		}
		if (dtm == null) {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.no-event-time", sts.position(), "DTM+334"));
		}
		EdiZones.Resolved time = IftstaTimes.resolve(dtm, location);
		if (!sts.comp(3, 1).isEmpty() || !sts.comp(3, 4).isEmpty()) {
			details.put("reason", (sts.comp(3, 1) + " " + sts.comp(3, 4)).trim());
		}
		List<Segment> raw = new ArrayList<>();
		if (consignment != null) {
			raw.add(consignment);
		}
		raw.addAll(group);
		return new ParsedEvent(String.valueOf(sts.position()), null, mapped.status(), code.isEmpty() ? text : code,
				mapped.meaning(), classifier, time.instant(), time.zoneUsed(), location, List.copyOf(references),
				carrier != null ? carrier : messageCarrier, mode, null, details, EdiFormats.raw(raw));
	}

	private static @Nullable Location place(Segment loc) {
		String id = loc.comp(2, 1);
		if (id.isEmpty() && loc.comp(2, 4).isEmpty()) {
			return null;
		}
		String name = loc.comp(2, 4).isEmpty() ? null : loc.comp(2, 4);
		if (X12OceanStatus.isLocode(id)) {
			return new Location(id, name, id.substring(0, 2));
		}
		return new Location(null, name != null ? name : id, null);
	}

	private static void put(Map<String, String> details, String key, String value) {
		if (!value.isBlank()) {
			details.putIfAbsent(key, value);
		}
	}

}
