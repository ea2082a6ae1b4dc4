package dev.deskhand.assistant.triage;

import dev.deskhand.assistant.FoundReference;
import dev.deskhand.references.ReferenceCandidate;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.references.ReferenceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds every reference in an e-mail: container numbers, air waybills, UPS and UPU S10
 * and other courier tracking numbers by their form and check digits (the references
 * module's {@link ReferenceChecks}, or a workspace's patterns through the lookup given),
 * and order, invoice, booking and bill-of-lading numbers by the words before them ("ordre
 * 45821", "Rechnung RE-2026-00871", "booking no.", "B/L"). Numbers written with spaces or
 * hyphens ("MSCU 123456-5", "176-1234 5675") are joined. A bare number with no form and
 * no telling word is no reference (phone numbers, VAT and CVR numbers, IBANs, postcodes,
 * dates, amounts, weights and pallet counts), nor one a phone, VAT, bank or amount word
 * stands next to.
 */
public final class ReferenceFinder {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String NUMBER_WORD = "(?:\\s*(?:no|nr|nummer|number|num|#|ref|reference|referenz|"
			+ "reference number|id)\\.?)?(?:\\s*(?:er|is|lautet|ist|was|var|:))?(?:(?:\\s+\\p{L}+){1,2}\\s*:)?"
			+ "(?-i:\\s+[A-Z]{2,4})?[\\s:#.]*";

	private static final Pattern ORDER = Pattern.compile("(?:\\b(?:ordre(?:nr|nummer|nummeret|num|n)?|ordrer|ordrene|"
			+ "ordernr|ordernummer|order|orders|ordrenr|bestilling(?:snr|snummer|en)?|købsordre(?:n|nr)?|"
			+ "indkøbsordre(?:n|nr)?|purchase order|sales order|bestellung(?:en)?|bestellnummer|bestell-nr|bestellnr|"
			+ "auftrag(?:snummer|s-nr|snr|es)?|aufträge|auftragsnr|kundenauftrag|p\\.o\\.|po|po-nr|po no|pedido|pedidos|"
			+ "ordine|ordini|commande|bestelling|ordernr\\.|zamówienie|zamowienie|beställning|bestillingsnummer|"
			+ "ordrenummer|bestellnr\\.)" + NUMBER_WORD + ")$", FLAGS);

	private static final Pattern INVOICE = Pattern.compile("(?:\\b(?:faktura(?:nr|nummer|nummeret|en|er|erne)?|"
			+ "fakturanr|kreditnota(?:en)?|credit note|invoice(?:s|nr)?|inv|rechnung(?:snummer|snr|s-nr|en)?|"
			+ "rechnungsnr|gutschrift|factura|facturas|fattura|fatture|facture|factures|factuur|faktura|fakturan|"
			+ "fakturanummer|debit note|storno-rechnung|stornorechnung)" + NUMBER_WORD + ")$", FLAGS);

	private static final Pattern BOOKING = Pattern.compile("(?:\\b(?:booking(?:nr|nummer|nummeret|en|ref|s|-id)?|"
			+ "bookingnummer|buchung(?:snummer|snr|s-nr|en)?|buchungsnr|bkg|booking confirmation|reservation(?:snummer)?|"
			+ "reservierung(?:snummer)?|reserva|prenotazione|réservation|boeking|bokning|bokningsnummer|"
			+ "bokningsnr|afhentningsnr|afhentningsnummer(?:et)?|pick-?up (?:no|number|ref)|abholnummer|"
			+ "(?:jeres|your|vores|our|ihre|unsere) (?:ref|reference|referenz|reference no))" + NUMBER_WORD + ")$",
			FLAGS);

	private static final Pattern BOL = Pattern.compile(
			"(?:(?:\\b(?i:konnossement(?:nr|nummer|et|s-nr)?|bill of lading|seefrachtbrief)|\\b(?:B/L|BL|MBL|HBL|MB/L|HB/L)"
					+ "(?:-?(?i:nr))?)" + NUMBER_WORD + ")$",
			Pattern.UNICODE_CASE);

	private static final Pattern AWB = Pattern
		.compile("(?:\\b(?:awb|mawb|hawb|air ?waybill|airway ?bill|luftfragtbrev(?:et)?|luftfrachtbrief)(?:-?nr|"
				+ "nummer)?" + NUMBER_WORD + ")$", FLAGS);

	private static final Pattern TRACKING_WORD = Pattern.compile("\\b(tracking|track|trace|sporing|spor|sporings|"
			+ "sporingsnummer|sporingsnummeret|sporingsnr|sporingslink|trackingnr|tracking-nummer|"
			+ "trackingnummer|tracking-nr|pakke|pakken|pakkenummer|pakkenr|kolli|kollinummer|forsendelse|"
			+ "forsendelsen|forsendelsesnummer|sendung|sendungen|sendungsnummer|sendungsnr|paket|pakete|"
			+ "paketnummer|sendungsverfolgung|parcel|parcels|package|packages|consignment|waybill|label|"
			+ "shipment|zustellung|lieferung|dhl|ups|fedex|fed ex|tnt|gls|dpd|usps|hermes|amazon|canada post|purolator|"
			+ "ontrac|lasership|yodel|canpar|spee-dee|speedee|yunexpress|old dominion|odfl|landmark|gofo|postnord|"
			+ "post danmark|deutsche post|royal mail|bring)\\b", FLAGS);

	private static final Pattern COURIER = Pattern.compile("\\b(dhl|ups|fedex|fed ex|tnt|gls|dpd|usps|hermes|amazon|"
			+ "canada post|purolator|ontrac|lasership|yodel|canpar|spee-dee|speedee|yunexpress|old dominion|odfl|"
			+ "landmark|gofo|postnord|post danmark|deutsche post|royal mail|bring)\\b", FLAGS);

	private static final Pattern NOT_BEFORE = Pattern.compile("(?:\\b(?:tel|tlf|telefon|telephone|phone|mobil|mobile|"
			+ "mob|fax|ring|call|cvr|cvr-nr|vat|vat no|moms|momsnr|se-nr|ust|ust-id|ust-idnr|ust\\.?-?id\\.?-?nr|"
			+ "steuernummer|steuer-nr|org\\.? ?nr|iban|swift|bic|konto|kontonr|reg\\.? ?nr|account|bank|eori|"
			+ "plade|nummerplade|kennzeichen|plate|reg|registration|postboks|postfach|dkk|kr|eur|usd|€|\\$|handy|"
			+ "mobilnummer|telefonnummer|ring til|rufen sie|erreichbar unter|ein|uid|mwst|mva|org)"
			+ "[\\s.:#-]*|\\+\\s?)$", FLAGS);

	private static final Pattern NOT_AFTER = Pattern.compile("^\\s?(?:kg|kilo|t\\b|ton|tons|tonnes|lbs|kr|dkk|eur|"
			+ "euro|usd|€|\\$|%|paller|palle|pallets|pallet|paletten|palette|colli|kolli|stk|pcs|pieces|stück|m3|"
			+ "cbm|ldm|km)", FLAGS);

	private static final Pattern LIST_GAP = Pattern
		.compile("^\\s*(?:,|;|/|&|\\+|og|and|und|samt|sowie|or|eller|oder|,\\s*(?:og|and|und))\\s*#?\\s*$", FLAGS);

	/**
	 * Words written as short capitals that say what follows: never a number's own prefix.
	 */
	private static final Set<String> KEYWORDS = Set.of("PO", "BL", "MBL", "HBL", "INV", "AWB", "MAWB", "HAWB", "BKG",
			"REF", "NR", "NO", "TEL", "TLF", "FAX", "CVR", "VAT", "IBAN", "SWIFT", "BIC", "EORI", "ETA", "ETD", "POD",
			"POL", "CMR", "EIN", "UID", "MWST", "USt");

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+");

	/** Invoice numbers people write with spaces after these ("RE 2026 01078"). */
	private static final Set<String> INVOICE_PREFIXES = Set.of("RE", "INV", "RG", "RN");

	private static final Pattern WRITTEN_AWB = Pattern.compile("\\d{3}-\\d{4} ?\\d{4}|\\d{3}-\\d{8}");

	private static final Pattern DATE_INSIDE = Pattern
		.compile("\\b\\d{1,2}\\.\\d{1,2}\\.(\\d{4}|\\d{2})\\b|\\d{4}-\\d{2}-\\d{2}");

	/**
	 * Written like a phone number: a first group of 2 to 5 digits starting with 0, then
	 * more groups.
	 */
	private static final Pattern PHONE_SHAPED = Pattern.compile("0\\d{1,4}[ -/]\\d{2,}.*");

	/** Container types ("2x40HC", "40HC", "20DV"): no reference. */
	private static final Pattern EQUIPMENT = Pattern
		.compile("(\\d+X)?(20|40|45)(HC|HQ|DV|DC|GP|RF|RH|OT|FR|PW|ST|NOR)?", Pattern.CASE_INSENSITIVE);

	/** Tracking words the subject may carry for numbers anywhere in the mail. */
	private static final Pattern SUBJECT_TRACKING = Pattern.compile("\\b(tracking|sporing|sporingsnummer|pakke|"
			+ "pakken|paket|parcel|package|sendungsnummer|sendungsverfolgung|dhl|ups|fedex|gls|dpd|usps|hermes|"
			+ "postnord|bring)\\b", FLAGS);

	/** Invoice and order numbers carry these prefixes even without a word before them. */
	private static final Pattern TYPED_PREFIX = Pattern.compile("(RE|INV|PO)-\\d[\\d-]{2,}");

	private final Function<String, List<ReferenceCandidate>> lookup;

	/**
	 * @param lookup every candidate a normalised value could be:
	 * {@link ReferenceChecks#candidates} or a workspace's
	 * {@code ReferenceManagement.candidates}
	 */
	public ReferenceFinder(Function<String, List<ReferenceCandidate>> lookup) {
		this.lookup = lookup;
	}

	/** With the built-in checks only. */
	public static ReferenceFinder builtIn() {
		return new ReferenceFinder(ReferenceChecks::candidates);
	}

	/**
	 * Every reference of the mail in order of first appearance; {@code quoted} when only
	 * the quoted history has it.
	 */
	public List<FoundReference> find(String subject, MailParts parts) {
		Found found = new Found();
		found.courier = soleCourier(subject + "\n" + parts.written() + "\n" + parts.quoted());
		found.subjectTracking = SUBJECT_TRACKING.matcher(subject).find();
		scan(subject, false, found);
		scan(parts.written(), false, found);
		scan(parts.quoted(), true, found);
		return List.copyOf(found.map.values());
	}

	private record Tok(int start, int end) {
	}

	/** What one call found so far, and the last reference added (for lists). */
	private static final class Found {

		final Map<String, FoundReference> map = new LinkedHashMap<>();

		@Nullable FoundReference last;

		/** The one courier the mail names, if it names exactly one. */
		@Nullable String courier;

		/** The subject speaks of tracking or a parcel. */
		boolean subjectTracking;

	}

	private void scan(String text, boolean quoted, Found found) {
		if (text.isEmpty()) {
			return;
		}
		List<Tok> toks = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			if (!adjacentLetter(text, m.start(), m.end())) {
				toks.add(new Tok(m.start(), m.end()));
			}
		}
		String listType = null;
		int listEnd = -1;
		int listLength = 0;
		int i = 0;
		while (i < toks.size()) {
			Tok t = toks.get(i);
			if (!hasDigit(text, t.start(), t.end()) && !(prefixLetters(text, t) && i + 1 < toks.size())) {
				i++;
				continue;
			}
			String before = text.substring(Math.max(0, t.start() - 48), t.start());
			int consumed = 0;
			String contextType = contextType(before);
			if (contextType == null && listType != null && listEnd >= 0
					&& LIST_GAP.matcher(text.substring(listEnd, t.start())).matches()) {
				contextType = listType;
			}
			if (contextType != null) {
				consumed = typedByContext(text, toks, i, contextType, quoted, found,
						listType != null && contextType.equals(listType) && contextType(before) == null ? listLength
								: 0);
			}
			if (consumed == 0) {
				consumed = byShape(text, toks, i, quoted, found);
			}
			if (consumed == 0 && !excluded(text, t.start(), t.start())) {
				consumed = byTrackingContext(text, toks, i, quoted, found);
			}
			if (consumed == 0) {
				consumed = byPattern(text, toks, i, quoted, found);
			}
			if (consumed > 0) {
				Tok last = toks.get(i + consumed - 1);
				FoundReference lastFound = found.last;
				listType = lastFound == null ? null : lastFound.type();
				listEnd = last.end();
				listLength = lastFound == null ? 0 : lastFound.value().length();
				i += consumed;
			}
			else {
				if (listEnd >= 0 && t.start() - listEnd > 12) {
					listType = null;
				}
				i++;
			}
		}
	}

	private static @Nullable String contextType(String before) {
		if (AWB.matcher(before).find()) {
			return "awb";
		}
		if (ORDER.matcher(before).find()) {
			return "order";
		}
		if (INVOICE.matcher(before).find()) {
			return "invoice";
		}
		if (BOOKING.matcher(before).find()) {
			return "booking";
		}
		if (BOL.matcher(before).find()) {
			return "bol";
		}
		return null;
	}

	/**
	 * A number after a telling word: tokens joined by hyphens, dots or slashes, or a
	 * short letter prefix and a space ("SO 10442"). A list continuation ({@code
	 * listLength} > 0) must be about as long as the number before it.
	 */
	private int typedByContext(String text, List<Tok> toks, int i, String type, boolean quoted, Found found,
			int listLength) {
		int j = i;
		while (j + 1 < toks.size() && j - i < 5) {
			Tok a = toks.get(j);
			Tok b = toks.get(j + 1);
			String gap = text.substring(a.end(), b.start());
			boolean spacedInvoice = type.equals("invoice") && gap.equals(" ") && digitsOnly(text, b)
					&& b.end() - b.start() >= 3 && (j > i || prefixLetters(text, a))
					&& INVOICE_PREFIXES.contains(text.substring(toks.get(i).start(), toks.get(i).end()));
			boolean joinable = gap.equals("-") || gap.equals("/") || gap.equals(".") && digitsOnly(text, b)
					|| spacedInvoice;
			if (!joinable || gap.equals(".") && b.end() < text.length() && text.charAt(b.end()) == '.') {
				break;
			}
			j++;
		}
		String raw = text.substring(toks.get(i).start(), toks.get(j).end());
		String value = ReferenceChecks.normalise(raw);
		if (type.equals("awb")) {
			// an air waybill may also be written with a space between its serial's parts
			for (int k = Math.min(toks.size() - 1, i + 3); k > i; k--) {
				String v = ReferenceChecks.normalise(text.substring(toks.get(i).start(), toks.get(k).end()));
				if (v.length() == 11 && digitsOnly(v) && sameLine(text, toks.get(i).start(), toks.get(k).end())) {
					add(found, "awb", v, check(ReferenceType.AIR_WAYBILL, v), quoted);
					return k - i + 1;
				}
			}
		}
		if (value.length() < 3 || value.length() > 25 || !hasDigit(value, 0, value.length()) || looksLikeDate(raw)
				|| NOT_AFTER.matcher(text.substring(toks.get(j).end())).find()) {
			return 0;
		}
		if (listLength > 0 && Math.abs(value.length() - listLength) > 2 || EQUIPMENT.matcher(value).matches()) {
			return 0;
		}
		if (!type.equals("awb") && ReferenceChecks.candidates(value)
			.stream()
			.anyMatch(c -> c.valid() && c.format().equals("iso6346"))) {
			add(found, "container", value, true, quoted);
			return j - i + 1;
		}
		boolean valid = switch (type) {
			case "awb" -> check(ReferenceType.AIR_WAYBILL, value);
			default -> true;
		};
		add(found, type, value, valid, quoted);
		return j - i + 1;
	}

	/**
	 * Container numbers, written air waybills and the strong courier formats, from the
	 * longest joining of up to six tokens down.
	 */
	private int byShape(String text, List<Tok> toks, int i, boolean quoted, Found found) {
		int last = lastJoinable(text, toks, i);
		for (int k = last; k >= i; k--) {
			String raw = text.substring(toks.get(i).start(), toks.get(k).end());
			if (TYPED_PREFIX.matcher(raw).matches()) {
				add(found, raw.startsWith("PO") ? "order" : "invoice", ReferenceChecks.normalise(raw), true, quoted);
				return k - i + 1;
			}
		}
		if (KEYWORDS.contains(text.substring(toks.get(i).start(), toks.get(i).end()))) {
			return 0;
		}
		for (int k = last; k >= i; k--) {
			String raw = text.substring(toks.get(i).start(), toks.get(k).end());
			String v = ReferenceChecks.normalise(raw);
			if (DATE_INSIDE.matcher(raw).find()) {
				continue;
			}
			if (v.length() < 10 || v.length() > 34 || !hasDigit(v, 0, v.length())) {
				continue;
			}
			if (v.length() == 11 && WRITTEN_AWB.matcher(raw).matches()) {
				if (continuesNumber(text, toks, i) || excluded(text, toks.get(i).start(), toks.get(k).end())) {
					return 0;
				}
				add(found, "awb", v, check(ReferenceType.AIR_WAYBILL, v), quoted);
				return k - i + 1;
			}
			List<ReferenceCandidate> strong = lookup.apply(v)
				.stream()
				.filter(c -> ReferenceTypes.STRONG.contains(c.format()))
				.filter(c -> !c.format().equals("iso6346") || "UJZ".indexOf(v.charAt(3)) >= 0)
				.toList();
			if (!strong.isEmpty()) {
				addAll(found, strong, quoted, null);
				return k - i + 1;
			}
		}
		return 0;
	}

	/**
	 * Numbers with a tracking word or a courier's name near them: each courier whose
	 * format the value fully matches (the one named, when it is among them).
	 */
	private int byTrackingContext(String text, List<Tok> toks, int i, boolean quoted, Found found) {
		int from = Math.max(lineStart(text, toks.get(i).start()), toks.get(i).start() - 80);
		String before = text.substring(from, toks.get(i).start());
		int last = lastJoinable(text, toks, i);
		int afterEnd = Math.min(text.length(), toks.get(last).end() + 30);
		String after = text.substring(toks.get(last).end(), afterEnd);
		if (!TRACKING_WORD.matcher(before).find() && !COURIER.matcher(after).find() && !found.subjectTracking) {
			return 0;
		}
		if (continuesNumber(text, toks, i)) {
			return 0;
		}
		String named = named(before, after);
		if (named == null) {
			named = found.courier;
		}
		for (int k = last; k >= i; k--) {
			String v = ReferenceChecks.normalise(text.substring(toks.get(i).start(), toks.get(k).end()));
			if (v.length() < 10 || v.length() > 34 || NOT_AFTER.matcher(text.substring(toks.get(k).end())).find()) {
				continue;
			}
			String raw = text.substring(toks.get(i).start(), toks.get(k).end());
			if (DATE_INSIDE.matcher(raw).find() || v.length() <= 12 && PHONE_SHAPED.matcher(raw).matches()
					|| excluded(text, toks.get(i).start(), toks.get(k).end())) {
				continue;
			}
			String courier = named;
			boolean letters = !digitsOnly(v);
			List<ReferenceCandidate> tracking = lookup.apply(v)
				.stream()
				.filter(c -> c.type() == ReferenceType.TRACKING_NUMBER && ReferenceTypes.courier(c.format()) != null)
				.filter(c -> !letters || ReferenceTypes.courier(c.format()).equals(courier)
						|| c.format().startsWith("dpd"))
				.toList();
			if (!tracking.isEmpty()) {
				addAll(found, tracking, quoted, named);
				return k - i + 1;
			}
		}
		return 0;
	}

	/**
	 * A workspace's own pattern for order, invoice, booking or bill-of-lading numbers.
	 */
	private int byPattern(String text, List<Tok> toks, int i, boolean quoted, Found found) {
		Tok t = toks.get(i);
		if (excluded(text, t.start(), t.end())) {
			return 0;
		}
		int j = i;
		while (j + 1 < toks.size() && text.substring(toks.get(j).end(), toks.get(j + 1).start()).equals("-")
				&& j - i < 4) {
			j++;
		}
		for (int k = j; k >= i; k--) {
			String raw = text.substring(t.start(), toks.get(k).end());
			if (looksLikeDate(raw)) {
				continue;
			}
			for (ReferenceCandidate c : lookup.apply(raw)) {
				if (c.format().startsWith(ReferenceChecks.PATTERN_PREFIX) && c.valid()) {
					String type = ReferenceTypes.of(c);
					if (type != null) {
						add(found, type, c.normalised(), true, quoted);
						return k - i + 1;
					}
				}
			}
		}
		return 0;
	}

	private void addAll(Found found, List<ReferenceCandidate> candidates, boolean quoted, @Nullable String named) {
		Map<String, Boolean> byType = new LinkedHashMap<>();
		for (ReferenceCandidate c : candidates) {
			String type = ReferenceTypes.of(c);
			if (type != null) {
				byType.merge(type, c.valid(), Boolean::logicalOr);
			}
		}
		if (named != null && byType.containsKey(named)) {
			byType = Map.of(named, byType.get(named));
		}
		boolean anyValid = byType.containsValue(true);
		String value = candidates.getFirst().normalised();
		for (Map.Entry<String, Boolean> e : byType.entrySet()) {
			if (e.getValue() || !anyValid) {
				add(found, e.getKey(), value, e.getValue(), quoted);
			}
		}
	}

	private void add(Found found, String type, String value, boolean valid, boolean quoted) {
		String key = type + ":" + value;
		FoundReference before = found.map.get(key);
		FoundReference ref = new FoundReference(type, value, valid, quoted && (before == null || before.quoted()));
		found.map.put(key, ref);
		found.last = ref;
	}

	private static @Nullable String soleCourier(String text) {
		String only = null;
		Matcher m = COURIER.matcher(text);
		while (m.find()) {
			String code = ReferenceTypes.COURIERS.get(m.group(1).toLowerCase(Locale.ROOT));
			if (only != null && !only.equals(code)) {
				return null;
			}
			only = code;
		}
		return only;
	}

	private static @Nullable String named(String before, String after) {
		String name = null;
		Matcher m = COURIER.matcher(before);
		while (m.find()) {
			name = m.group(1);
		}
		if (name == null) {
			Matcher a = COURIER.matcher(after);
			if (a.find()) {
				name = a.group(1);
			}
		}
		return name == null ? null : ReferenceTypes.COURIERS.get(name.toLowerCase(Locale.ROOT));
	}

	private static boolean check(ReferenceType type, String value) {
		return ReferenceChecks.validate(type, value).valid();
	}

	/**
	 * The last token a number may continue into: single spaces, hyphens, dots, slashes.
	 */
	private static int lastJoinable(String text, List<Tok> toks, int i) {
		int j = i;
		while (j + 1 < toks.size() && j - i < 40 && toks.get(j + 1).end() - toks.get(i).start() < 80) {
			Tok a = toks.get(j);
			Tok b = toks.get(j + 1);
			String gap = text.substring(a.end(), b.start());
			if (!(gap.equals(" ") || gap.equals("-") || gap.equals(".") || gap.equals("/"))) {
				break;
			}
			boolean bLetters = !hasDigit(text, b.start(), b.end());
			if (bLetters && (b.end() - b.start() > 3 || !upper(text, b))) {
				break;
			}
			j++;
		}
		return j;
	}

	/** The token continues a number written before it (a phone number's later groups). */
	private static boolean continuesNumber(String text, List<Tok> toks, int i) {
		if (i == 0) {
			return false;
		}
		Tok prev = toks.get(i - 1);
		String gap = text.substring(prev.end(), toks.get(i).start());
		return (gap.equals(" ") || gap.equals("-") || gap.equals(".") || gap.equals("/"))
				&& digitsOnly(text.substring(prev.start(), prev.end()));
	}

	private static boolean excluded(String text, int start, int end) {
		String before = text.substring(Math.max(0, start - 24), start);
		return NOT_BEFORE.matcher(before).find();
	}

	private static boolean adjacentLetter(String text, int start, int end) {
		return start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))
				|| end < text.length() && Character.isLetterOrDigit(text.charAt(end));
	}

	private static boolean upper(String text, Tok t) {
		for (int k = t.start(); k < t.end(); k++) {
			char c = text.charAt(k);
			if (c >= 'a' && c <= 'z') {
				return false;
			}
		}
		return true;
	}

	private static boolean prefixLetters(String text, Tok t) {
		int n = t.end() - t.start();
		if (n < 1 || n > 4) {
			return false;
		}
		for (int k = t.start(); k < t.end(); k++) {
			char c = text.charAt(k);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	private static boolean looksLikeDate(String raw) {
		return raw.matches("\\d{1,2}[./-]\\d{1,2}([./-]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2}");
	}

	private static boolean sameLine(String text, int from, int to) {
		return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) >= to;
	}

	private static int lineStart(String text, int at) {
		return text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
	}

	private static boolean hasDigit(String s, int from, int to) {
		for (int k = from; k < to; k++) {
			char c = s.charAt(k);
			if (c >= '0' && c <= '9') {
				return true;
			}
		}
		return false;
	}

	private static boolean digitsOnly(String s) {
		return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	private static boolean digitsOnly(String text, Tok t) {
		return digitsOnly(text.substring(t.start(), t.end()));
	}

	/** Types a value of this set may be; for tests. */
	static Set<String> types(List<FoundReference> refs) {
		Set<String> out = new LinkedHashSet<>();
		refs.forEach(r -> out.add(r.type()));
		return out;
	}

}
