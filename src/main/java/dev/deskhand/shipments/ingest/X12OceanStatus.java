package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.EdiReader.Segment;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import dev.deskhand.shipments.ingest.X12Codes.Meaning;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one X12 315: its B4 is the event. The event's time is B4-04/05, local at the
 * event's place; the place is B4-11 as qualified by B4-12 (a UN/LOCODE when {@code UN}, a
 * name otherwise, then B4-06 gives the code when it has a UN/LOCODE's shape). The R4 port
 * legs and their DTMs (ports of loading and discharge, their ETAs) are NOT the event's
 * place or time: they are kept in the details; an R4 only lends its name to the B4's own
 * place when both give the same UN/LOCODE (the activity location, function 5, first). N9
 * gives references, Q2 the vessel.
 */
final class X12OceanStatus {

	private X12OceanStatus() {
	}

	static void read(List<Segment> set, List<ParsedEvent> events, List<Rejection> rejected) {
		Segment b4 = set.stream().filter(s -> s.tag().equals("B4")).findFirst().orElse(null);
		if (b4 == null) {
			rejected.add(new Rejection(EdiEnvelope.position(set.get(0)),
					Text.of("ingest.reject.edi.no-status", set.get(0).position(), "B4")));
			return;
		}
		try {
			events.add(event(b4, set));
		}
		catch (EdiRecordRejected e) {
			rejected.add(new Rejection(EdiEnvelope.position(b4), e.reason()));
		}
	}

	private static ParsedEvent event(Segment b4, List<Segment> set) {
		String code = b4.el(3);
		if (code.isEmpty()) {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.no-status", b4.position(), "B4"));
		}
		Meaning meaning = X12Codes.OCEAN_STATUS.getOrDefault(code,
				new Meaning("X12 ocean status " + code, TrackingStatus.INFO, Classifier.ACTUAL));
		if (b4.el(4).isEmpty()) {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.no-event-time", b4.position(), "B4-04"));
		}
		Set<RawReference> references = new LinkedHashSet<>();
		Map<String, String> details = new LinkedHashMap<>();
		RawReference equipment = EdiValues.equipment(b4.el(7), b4.el(8), b4.el(13));
		if (equipment != null) {
			references.add(equipment);
		}
		String carrier = null;
		String legPort = null;
		for (Segment s : set) {
			switch (s.tag()) {
				case "N9" -> {
					RawReference reference = EdiValues.reference(s.el(1), s.el(2));
					if (reference != null) {
						references.add(reference);
					}
					else if (s.el(1).equals("SCA") && carrier == null) {
						carrier = s.el(2);
					}
					else if (!s.el(2).isEmpty()) {
						details.put("N9 " + s.el(1), s.el(2));
					}
				}
				case "Q2" -> {
					put(details, "vessel", s.el(13));
					put(details, "voyage", s.el(9));
					put(details, "vessel code", s.el(1));
					if (s.el(10).equals("SCA") && !s.el(11).isEmpty()) {
						carrier = s.el(11);
					}
				}
				case "R4" -> {
					legPort = "port " + s.el(1);
					put(details, legPort, (s.el(3) + " " + s.el(4)).trim());
				}
				case "DTM" -> {
					if (legPort != null) {
						put(details, legPort + " DTM " + s.el(1), (s.el(2) + " " + s.el(3) + " " + s.el(4)).trim());
					}
				}
				default -> {
				}
			}
		}
		Location location = place(b4, set);
		EdiZones.Resolved time = EdiZones.local(EdiValues.x12DateTime(b4.position(), b4.el(4), b4.el(5)),
				EdiZones.ofLocode(location == null ? null : location.unlocode()).orElse(null));
		TransportMode mode = X12Codes.RAIL.contains(code) ? TransportMode.RAIL : TransportMode.OCEAN;
		if (!b4.el(9).isEmpty()) {
			details.put("equipment status", b4.el(9));
		}
		return new ParsedEvent(String.valueOf(b4.position()), null, meaning.status(), code, meaning.text(),
				meaning.classifier(), time.instant(), time.zoneUsed(), location, List.copyOf(references), carrier, mode,
				null, details, EdiFormats.raw(set));
	}

	private static @Nullable Location place(Segment b4, List<Segment> set) {
		String id = b4.el(11);
		String qualifier = b4.el(12);
		String locode = null;
		String name = null;
		if (qualifier.equals("UN") && isLocode(id)) {
			locode = id;
		}
		else {
			name = id.isEmpty() ? null : id;
			locode = isLocode(b4.el(6)) ? b4.el(6) : null;
		}
		if (locode == null) {
			return name == null ? null : new Location(null, name, null);
		}
		String code = locode;
		Segment r4 = set.stream()
			.filter(s -> s.tag().equals("R4") && s.el(2).equals("UN") && s.el(3).equals(code))
			.sorted((a, b) -> Boolean.compare(!a.el(1).equals("5"), !b.el(1).equals("5")))
			.findFirst()
			.orElse(null);
		if (name == null && r4 != null && !r4.el(4).isEmpty()) {
			name = r4.el(4);
		}
		return new Location(locode, name, locode.substring(0, 2));
	}

	static boolean isLocode(String value) {
		return value.matches("[A-Z]{2}[A-Z2-9]{3}");
	}

	private static void put(Map<String, String> details, String key, String value) {
		if (!value.isEmpty()) {
			details.putIfAbsent(key, value);
		}
	}

}
