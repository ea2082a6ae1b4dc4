package dev.deskhand.assistant.triage;

import dev.deskhand.references.ReferenceCandidate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The triage's names of reference types: {@code container, awb, ups, s10, order, invoice,
 * booking, bol}, or a courier's {@code courier_code} of the tracking-number data (dhl,
 * fedex, gls, dpd, usps …), from the references module's candidate formats.
 */
final class ReferenceTypes {

	/** Formats whose shape alone (letters in fixed places) says what they are. */
	static final Set<String> STRONG = Set.of("iso6346", "upu-s10", "ups-1z", "amazon-logistics", "canpar-22",
			"dhl-express-piece-id", "dhl-paket-jjd", "gofo-us", "landmark-global", "lasership-1ls7",
			"lasership-1ls7-18", "lasership-1lscx", "ontrac-c", "ontrac-d", "speedee", "yodel", "yunexpress");

	/** Courier names as written in mail, to the courier code they stand for. */
	static final Map<String, String> COURIERS = Map.ofEntries(Map.entry("dhl", "dhl"), Map.entry("ups", "ups"),
			Map.entry("fedex", "fedex"), Map.entry("fed ex", "fedex"), Map.entry("tnt", "fedex"),
			Map.entry("gls", "gls"), Map.entry("dpd", "dpd"), Map.entry("usps", "usps"), Map.entry("hermes", "hermes"),
			Map.entry("amazon", "amazon"), Map.entry("canada post", "canada_post"), Map.entry("purolator", "purolator"),
			Map.entry("ontrac", "ontrac"), Map.entry("lasership", "lasership"), Map.entry("yodel", "yodel"),
			Map.entry("canpar", "canpar"), Map.entry("spee-dee", "speedee"), Map.entry("speedee", "speedee"),
			Map.entry("yunexpress", "yunexpress"), Map.entry("old dominion", "old_dominion"),
			Map.entry("odfl", "old_dominion"), Map.entry("landmark", "landmark"), Map.entry("gofo", "gofo"),
			Map.entry("postnord", "s10"), Map.entry("post danmark", "s10"), Map.entry("deutsche post", "s10"),
			Map.entry("royal mail", "s10"), Map.entry("bring", "s10"));

	private ReferenceTypes() {
	}

	/** The triage type of a candidate, or null for one the triage does not report. */
	static @Nullable String of(ReferenceCandidate c) {
		String format = c.format();
		switch (c.type()) {
			case CONTAINER:
				return "container";
			case AIR_WAYBILL:
				return "awb";
			case BOOKING:
				return "booking";
			case BILL_OF_LADING:
				return "bol";
			case ORDER:
				return "order";
			case INVOICE:
				return "invoice";
			default:
				break;
		}
		return courier(format);
	}

	/** The courier code of a tracking format id, or null (e.g. a bare GS1 SSCC). */
	static @Nullable String courier(String format) {
		if (format.equals("upu-s10")) {
			return "s10";
		}
		if (format.startsWith("ups-")) {
			return "ups";
		}
		if (format.equals("gs1-sscc")) {
			return null;
		}
		int dash = format.indexOf('-');
		String head = dash < 0 ? format : format.substring(0, dash);
		return switch (head) {
			case "canada" -> "canada_post";
			case "old" -> "old_dominion";
			case "landmark" -> "landmark";
			case "gofo" -> "gofo";
			case "purolator", "ontrac", "lasership", "usps", "fedex", "dhl", "dpd", "amazon", "canpar", "gls", "hermes",
					"speedee", "yodel", "yunexpress" ->
				head;
			default -> null;
		};
	}

}
