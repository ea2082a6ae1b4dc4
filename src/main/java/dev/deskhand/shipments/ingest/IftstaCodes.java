package dev.deskhand.shipments.ingest;

import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an IFTSTA status (STS C555: code 4405, list 1131, agency 3055, text 4404) means.
 * IFTSTA's status codes are in practice the sender's own list (the agency names whose):
 * the ocean event codes of X12 315 (AE, VD, VA, UV, I, OA …), which INTTRA and many
 * carriers send in STS, map as in a 315; any other code maps from its description text by
 * the words it uses (departed, arrived, discharged …); a code with neither stays
 * {@code info}, kept as written.
 */
final class IftstaCodes {

	private IftstaCodes() {
	}

	/** The status and the meaning kept with the event. */
	record Mapped(TrackingStatus status, String meaning) {
	}

	/** Words of a status text, in the order they are tried (the more specific first). */
	private static final List<Map.Entry<List<String>, TrackingStatus>> WORDS = List.of(
			Map.entry(List.of("customs hold", "customs held", "held by customs"), TrackingStatus.CUSTOMS_HOLD),
			Map.entry(List.of("customs release", "customs cleared", "customs clearance completed"),
					TrackingStatus.CUSTOMS_RELEASED),
			Map.entry(List.of("discharg", "unload"), TrackingStatus.DISCHARGED),
			Map.entry(List.of("transship", "tranship"), TrackingStatus.TRANSSHIPPED),
			Map.entry(List.of("gate in", "gate-in", "ingate", "in-gate"), TrackingStatus.GATE_IN),
			Map.entry(List.of("gate out", "gate-out", "outgate", "out-gate"), TrackingStatus.GATE_OUT),
			Map.entry(List.of("out for delivery"), TrackingStatus.OUT_FOR_DELIVERY),
			Map.entry(List.of("delivery failed", "delivery attempt", "not delivered"), TrackingStatus.DELIVERY_FAILED),
			Map.entry(List.of("delivered"), TrackingStatus.DELIVERED),
			Map.entry(List.of("loaded", "loading"), TrackingStatus.LOADED),
			Map.entry(List.of("depart"), TrackingStatus.DEPARTED), Map.entry(List.of("arriv"), TrackingStatus.ARRIVED),
			Map.entry(List.of("picked up", "pick-up", "pickup"), TrackingStatus.PICKED_UP),
			Map.entry(List.of("delay"), TrackingStatus.DELAYED), Map.entry(List.of("damage"), TrackingStatus.DAMAGED),
			Map.entry(List.of("cancel"), TrackingStatus.CANCELLED),
			Map.entry(List.of("booked", "booking"), TrackingStatus.BOOKED));

	static Mapped map(String code, String text) {
		X12Codes.Meaning ocean = X12Codes.OCEAN_STATUS.get(code);
		if (ocean != null) {
			return new Mapped(ocean.status(), text.isEmpty() ? ocean.text() : text);
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (Map.Entry<List<String>, TrackingStatus> words : WORDS) {
			if (words.getKey().stream().anyMatch(lower::contains)) {
				return new Mapped(words.getValue(), text);
			}
		}
		return new Mapped(TrackingStatus.INFO, text.isEmpty() ? "IFTSTA status " + code : text);
	}

	/** The mode of transport, code list 8067 (1 maritime, 2 rail, 3 road, 4 air). */
	static @Nullable TransportMode mode(String code) {
		return switch (code) {
			case "1" -> TransportMode.OCEAN;
			case "2" -> TransportMode.RAIL;
			case "3" -> TransportMode.ROAD;
			case "4" -> TransportMode.AIR;
			default -> null;
		};
	}

}
