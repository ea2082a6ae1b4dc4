package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.ingest.EdiReader.Segment;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import dev.deskhand.shipments.ingest.X12Codes.Meaning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one X12 214: every AT7 is an event. The set's head (B10, L11, N1 loops) names the
 * shipment and its parties; each LX loop adds its own references (L11) and equipment
 * (MS2, N7). The event's place is the MS1 right after its AT7, else the party the status
 * code refers to (the shipper's N1/N4 for pick-up codes, the consignee's for delivery
 * codes); its time is AT7-05/06 with the AT7-07 time code. AT8 weights are not
 * references.
 */
final class X12ShipmentStatus {

	private static final Set<String> PICKUP = Set.of("AF", "X3", "X8", "CP", "AM", "AA");

	private static final Set<String> DELIVERY = Set.of("X1", "X2", "X5", "D1", "AG", "AJ", "AH", "AP", "A7", "S1", "CD",
			"AB");

	private X12ShipmentStatus() {
	}

	static void read(List<Segment> set, List<ParsedEvent> events, List<Rejection> rejected) {
		List<Segment> body = set.subList(1, set.size() - 1);
		int firstLoop = 0;
		while (firstLoop < body.size() && !body.get(firstLoop).tag().equals("LX")
				&& !body.get(firstLoop).tag().equals("AT7")) {
			firstLoop++;
		}
		List<Segment> head = body.subList(0, firstLoop);
		Context shipment = new Context();
		Map<String, Location> parties = new HashMap<>();
		String carrier = null;
		String party = null;
		for (Segment s : head) {
			switch (s.tag()) {
				case "B10" -> {
					shipment.reference(new RawReference(null, s.el(1)));
					shipment.reference(new RawReference(null, s.el(2)));
					carrier = s.el(3).isEmpty() ? null : s.el(3);
				}
				case "N1" -> party = s.el(1);
				case "N4" -> {
					if (party != null) {
						parties.putIfAbsent(party, place(s.el(1), s.el(2), s.el(4)));
					}
				}
				default -> shipment.add(s);
			}
		}
		List<List<Segment>> loops = loops(body.subList(firstLoop, body.size()));
		for (List<Segment> loop : loops) {
			Context context = shipment.copy();
			loop.forEach(context::add);
			for (int i = 0; i < loop.size(); i++) {
				if (!loop.get(i).tag().equals("AT7")) {
					continue;
				}
				Segment at7 = loop.get(i);
				Segment ms1 = i + 1 < loop.size() && loop.get(i + 1).tag().equals("MS1") ? loop.get(i + 1) : null;
				try {
					events.add(event(at7, ms1, parties, context, carrier,
							EdiFormats.raw(head) + "\n" + EdiFormats.raw(loop)));
				}
				catch (EdiRecordRejected e) {
					rejected.add(new Rejection(EdiEnvelope.position(at7), e.reason()));
				}
			}
		}
	}

	private static List<List<Segment>> loops(List<Segment> rest) {
		List<List<Segment>> loops = new ArrayList<>();
		List<Segment> current = new ArrayList<>();
		for (Segment s : rest) {
			if (s.tag().equals("LX") && !current.isEmpty()) {
				loops.add(current);
				current = new ArrayList<>();
			}
			current.add(s);
		}
		if (!current.isEmpty()) {
			loops.add(current);
		}
		return loops;
	}

	private static ParsedEvent event(Segment at7, @Nullable Segment ms1, Map<String, Location> parties, Context context,
			@Nullable String carrier, String raw) {
		String code;
		String reason;
		Meaning meaning;
		if (!at7.el(1).isEmpty()) {
			code = at7.el(1);
			reason = at7.el(2);
			meaning = X12Codes.SHIPMENT_STATUS.getOrDefault(code,
					new Meaning("X12 shipment status " + code, TrackingStatus.INFO, Classifier.ACTUAL));
		}
		else if (!at7.el(3).isEmpty()) {
			code = at7.el(3);
			reason = at7.el(4);
			meaning = X12Codes.APPOINTMENT.getOrDefault(code,
					new Meaning("X12 appointment status " + code, TrackingStatus.INFO, Classifier.PLANNED));
		}
		else {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.no-status", at7.position(), "AT7"));
		}
		TrackingStatus forced = X12Codes.problem(reason, meaning);
		TrackingStatus status = forced == null ? meaning.status() : forced;
		String why = meaning.text();
		if (!reason.isEmpty() && !reason.equals("NS") && !reason.equals("NA")) {
			why += "; " + X12Codes.REASONS.getOrDefault(reason, "reason " + reason);
		}
		Location location = ms1 != null ? place(ms1.el(1), ms1.el(2), ms1.el(3)) : party(code, parties);
		if (at7.el(5).isEmpty()) {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.no-event-time", at7.position(), "AT7-05"));
		}
		String timeCode = at7.el(7);
		if (!EdiZones.knowsX12(timeCode)) {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.time-code", at7.position(), timeCode));
		}
		EdiZones.Resolved time = EdiZones.x12(timeCode, EdiValues.x12DateTime(at7.position(), at7.el(5), at7.el(6)),
				EdiZones.ofLocode(location == null ? null : location.unlocode()).orElse(null));
		Map<String, String> details = new LinkedHashMap<>(context.details);
		if (!reason.isEmpty()) {
			details.put("reason code", reason);
		}
		return new ParsedEvent(String.valueOf(at7.position()), null, status, code, why, meaning.classifier(),
				time.instant(), time.zoneUsed(), location, List.copyOf(context.references), carrier, null, null,
				details, raw);
	}

	private static @Nullable Location party(String code, Map<String, Location> parties) {
		List<String> roles = PICKUP.contains(code) ? List.of("SF", "SH")
				: DELIVERY.contains(code) ? List.of("ST", "CN") : List.of();
		return roles.stream().map(parties::get).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static @Nullable Location place(String city, String state, String country) {
		if (city.isEmpty()) {
			return null;
		}
		return new Location(null, state.isEmpty() ? city : city + ", " + state, country.isEmpty() ? null : country);
	}

	/** The references and details that apply to the events of a loop. */
	private static final class Context {

		private final Set<RawReference> references = new LinkedHashSet<>();

		private final Map<String, String> details = new LinkedHashMap<>();

		Context copy() {
			Context copy = new Context();
			copy.references.addAll(references);
			copy.details.putAll(details);
			return copy;
		}

		void reference(RawReference reference) {
			if (!reference.value().isBlank()) {
				references.add(reference);
			}
		}

		void add(Segment s) {
			switch (s.tag()) {
				case "L11" -> {
					RawReference reference = EdiValues.reference(s.el(2), s.el(1));
					if (reference != null) {
						reference(reference);
					}
					else if (!s.el(1).isEmpty()) {
						details.put("L11 " + s.el(2), s.el(1));
					}
				}
				case "MS2", "N7" -> {
					RawReference equipment = EdiValues.equipment(s.el(1), s.el(2), "");
					if (equipment != null && equipment.type() == ReferenceType.CONTAINER) {
						reference(equipment);
					}
					else if (equipment != null) {
						details.put("equipment", (s.el(1) + " " + s.el(2)).trim());
					}
				}
				default -> {
				}
			}
		}

	}

}
