package dev.deskhand.references;

import dev.deskhand.shared.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parcel and courier tracking-number formats, each a pattern over the normalised
 * value (upper-case, no spaces or hyphens) and, where the carrier defines one, its check.
 * <p>
 * The courier formats are written from jkeen/tracking_number_data
 * ({@code couriers/*.json}, MIT; the regexes there allow spaces between characters, ours
 * run on the normalised value instead, so the same patterns without {@code \s*}); group
 * {@code S} is the sequence the check is computed over, {@code C} the check character.
 * European formats not in that collection cite their own source.
 */
final class ReferenceFormats {

	private ReferenceFormats() {
	}

	/** A check over a full match: null when it holds, else why not. */
	@FunctionalInterface
	interface Check {

		@Nullable Text test(Matcher m, String value);

	}

	/**
	 * One format. {@code distinctive}: its shape alone says what it is (letters in fixed
	 * places), so a value of that shape is not also guessed as a booking or bill of
	 * lading.
	 */
	record Format(String id, String name, int min, int max, Pattern pattern, @Nullable Check check,
			boolean distinctive) {

		boolean fits(int length) {
			return length >= min && length <= max;
		}

	}

	private static Check mod10(int evens, int odds) {
		return mod10("", evens, odds, false);
	}

	private static Check mod10(String prependUnless, int evens, int odds, boolean reverse) {
		return (m, v) -> {
			String prefix = prependUnless.isEmpty() || v.startsWith(prependUnless, m.start("S")) ? "" : prependUnless;
			return expect(v, m.start("C"),
					CheckDigits.mod10(prefix, v, m.start("S"), m.end("S"), evens, odds, reverse));
		};
	}

	private static Check luhn() {
		return (m, v) -> expect(v, m.start("C"), CheckDigits.luhn(v, m.start("S"), m.end("S")));
	}

	private static Check mod7() {
		return (m, v) -> expect(v, m.start("C"), CheckDigits.mod7(v, m.start("S"), m.end("S")));
	}

	private static Check mod3736() {
		return (m, v) -> expect(v, m.start("C"), CheckDigits.mod3736(v, m.start("S"), m.end("S")));
	}

	private static Check sumProduct(int... weights) {
		return (m, v) -> expect(v, m.start("C"), CheckDigits.sumProduct(v, m.start("S"), weights, 11, 10));
	}

	private static Check gs1() {
		return (m, v) -> expect(v, m.start("C"), CheckDigits.gs1(v, m.start("S"), m.end("S")));
	}

	static @Nullable Text expect(String value, int at, char expected) {
		char actual = value.charAt(at);
		return actual == expected ? null
				: Text.of("refs.reason.check-digit", String.valueOf(expected), String.valueOf(actual));
	}

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/** UPU S10 with the issuing country among ISO 3166 codes. */
	private static final Check S10 = (m, v) -> {
		String country = v.substring(m.start("K"), m.end("K"));
		if (!COUNTRIES.contains(country)) {
			return Text.of("refs.reason.country", country);
		}
		return expect(v, m.start("C"), CheckDigits.s10(v, m.start("S")));
	};

	private static final int[] FEDEX_12 = { 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1 };

	private static final int[] FEDEX_13 = { 1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1 };

	private static Format f(String id, String name, int min, int max, String regex, @Nullable Check check,
			boolean distinctive) {
		return new Format(id, name, min, max, Pattern.compile(regex), check, distinctive);
	}

	/** Tracking-number formats, most specific first. */
	static final List<Format> TRACKING = List.of(
			f("upu-s10", "UPU S10", 13, 13, "(?<T>[A-Z]{2})(?<S>[0-9]{8})(?<C>[0-9])(?<K>[A-Z]{2})", S10, true),
			f("ups-1z", "UPS", 18, 18, "1Z(?<S>[A-Z0-9]{15})(?<C>[0-9])", mod10(1, 2), true),
			f("ups-waybill", "UPS Waybill", 11, 11, "[AHJKTV](?<S>[0-9]{9})(?<C>[0-9])", mod10(1, 2), true),
			f("amazon-logistics", "Amazon Logistics", 15, 15, "TB[ACM][0-9]{12}", null, true),
			f("amazon-international", "Amazon International", 11, 11, "[AFC][0-9]{10}", null, true),
			f("canada-post", "Canada Post", 16, 16, "(?<S>[0-9]{15})(?<C>[0-9])", mod10(3, 1), false),
			f("canpar-22", "Canpar", 22, 22, "[CDKLSUXZ][0-9]{21}", null, true),
			f("dhl-express", "DHL Express", 10, 11, "(?<S>[0-9]{9,10})(?<C>[0-9])", mod7(), false),
			f("dhl-express-piece-id", "DHL Express (piece ID)", 12, 14, "J[A-Z]{2,3}[0-9]{9,10}", null, true),
			f("dhl-ecommerce", "DHL eCommerce", 12, 41, "(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)[0-9][0-9A-Z]{9,38}", null,
					true),
			f("dhl-ecommerce-14", "DHL eCommerce", 14, 14, "[0-9]{14}", null, false),
			// DHL Paket (Germany): "JJD" + 18-20 digits on domestic labels, and a
			// 12-digit
			// Sendungsnummer; DHL's "Sendungsverfolgung" help names both forms. No check
			// digit is published for them, so they are valid by form.
			f("dhl-paket-jjd", "DHL Paket", 21, 23, "JJD[0-9]{18,20}", null, true),
			f("dhl-paket", "DHL Paket", 12, 12, "[0-9]{12}", null, false),
			f("dpd", "DPD", 28, 28, "(?<S>[0-9]{27})(?<C>[0-9A-Z])", mod3736(), false),
			f("dpd-14", "DPD", 15, 15, "(?<S>[0-9]{14})(?<C>[0-9A-Z])", mod3736(), false),
			// DPD parcel label specification 2.4.1: the parcel number alone is 14 digits.
			f("dpd-parcel", "DPD", 14, 14, "[0-9]{14}", null, false),
			f("fedex-12", "FedEx Express", 12, 12, "(?<S>[0-9]{11})(?<C>[0-9])", sumProduct(FEDEX_12), false),
			f("fedex-34", "FedEx Express", 34, 34, "[0-8][0-9]{14}[0-9]{5}(?<S>[0-9]{13})(?<C>[0-9])",
					sumProduct(FEDEX_13), false),
			f("fedex-astra-32", "FedEx ASTRA", 32, 32, "3[0-9]{15}(?<S>[0-9]{11})(?<C>[0-9])[0-9]{4}",
					sumProduct(FEDEX_12), false),
			f("fedex-ground", "FedEx Ground", 15, 15, "(?<S>[0-9]{14})(?<C>[0-9])", mod10(1, 3), false),
			f("fedex-ground-sscc-18", "FedEx Ground (SSCC-18)", 18, 18, "[0-9]{2}(?<S>[0-9]{15})(?<C>[0-9])",
					mod10(3, 1), false),
			f("fedex-ground-96", "FedEx Ground 96", 22, 22, "96[0-9]{2}[0-9]{3}(?<S>[0-9]{14})(?<C>[0-9])", mod10(1, 3),
					false),
			f("fedex-ground-gsn", "FedEx Ground GSN", 34, 34,
					"96[0-9]{2}[0-9]{5}[0-9]{10}[0-9](?<S>[0-9]{13})(?<C>[0-9])", sumProduct(FEDEX_13), false),
			// GLS parcel numbers: 11 digits, or 12 with a final check digit (GLS
			// "ParcelNumber" in the GLS ShipIT / Web API documentation); GLS does not
			// publish
			// the check algorithm, so valid by form.
			f("gls", "GLS", 11, 12, "[0-9]{11,12}", null, false),
			// GS1 SSCC with application identifier 00, the 20-digit parcel number
			// PostNord,
			// DHL Paket and GLS print (GS1 General Specifications 2.2.1, check digit
			// 7.9.1).
			f("gs1-sscc", "SSCC (GS1)", 20, 20, "00(?<S>[0-9]{17})(?<C>[0-9])", gs1(), false),
			// Hermes Germany: the 14-digit Sendungsnummer (Hermes "Sendungsverfolgung"
			// help);
			// no check digit published, so valid by form.
			f("hermes", "Hermes", 14, 14, "[0-9]{14}", null, false),
			f("gofo-us", "GOFO Express", 18, 18, "GFUS[0-9]{14}", null, true),
			f("landmark-global", "Landmark Global", 13, 13, "LTN[0-9]{8}N1", null, true),
			f("lasership-lx", "LaserShip", 10, 10, "L[AIEHNX][1-3][0-9]{7}", null, true),
			f("lasership-1ls7", "LaserShip", 15, 15, "1LS7[12][0-9]{4}[0-9]{6}", null, true),
			// the "-1" suffix loses its hyphen in the normalised value
			f("lasership-1ls7-18", "LaserShip", 17, 17, "1LS7[12][0-9]{2}01[1234][0-9]{6}1", null, true),
			f("lasership-1lscx", "LaserShip", 15, 15, "1LSCX[0-9A-Z]{10}", null, true),
			f("old-dominion", "Old Dominion", 11, 11, "(?<S>(?:77[78]|072|780)[0-9]{7})(?<C>[0-9])", luhn(), false),
			f("old-dominion-guaranteed-shipment", "Old Dominion", 11, 11, "(?<S>80[0-9]{8})(?<C>[0-9])", luhn(), false),
			f("ontrac-c", "OnTrac", 15, 15, "C(?<S>[0-9]{13})(?<C>[0-9])", mod10("4", 1, 2, false), true),
			f("ontrac-d", "OnTrac", 15, 15, "D(?<S>[0-9]{13})(?<C>[0-9])", mod10("5", 1, 2, false), true),
			f("purolator-numeric", "Purolator", 12, 12, "(?<S>[0-5][0-9]{10})(?<C>[0-9])", luhn(), false),
			f("purolator-alpha", "Purolator", 12, 12, "[A-Z]{3}[0-9]{9}", null, true),
			f("speedee", "Spee-Dee", 20, 20, "SP[0-9]{18}", null, true),
			f("usps-20", "USPS", 20, 20, "(?<S>[0-9]{19})(?<C>[0-9])", mod10(3, 1), false),
			f("usps-impb-n", "USPS IMpb", 22, 34,
					"(?:(?:420)(?:[0-9]{5}(?=[0-9]{22}(?![0-9])|[0-9]{26}(?![0-9])))(?:[0-9]{4}(?=[0-9]{22}(?![0-9])))?)?"
							+ "(?<S>94[0-9]{3}(?=9[0-9]{8}(?:[0-9]{15}|[0-9]{11}|[0-9]{7})[0-9](?![0-9])|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})[0-9](?![0-9]))"
							+ "(?:9[0-9]{8}|[0-8][0-9]{5})(?:[0-9]{15}|[0-9]{14}|[0-9]{11}|[0-9]{10}|[0-9]{7}))(?<C>[0-9])",
					mod10("", 3, 1, true), false),
			f("usps-legacy", "USPS", 20, 34,
					"(?:420[0-9]{5}(?:[0-9]{4})?)?(?<S>(?:91)?[0-9]{2}[0-9]{9}[0-9]{8})(?<C>[0-9])",
					mod10("91", 3, 1, false), false),
			f("usps-impb-c", "USPS IMpb", 20, 34, "(?:420[0-9]{5}(?:[0-9]{4}(?=[0-9]{22}(?![0-9])))?)?"
					+ "(?<S>(?:92(?=[0-9]{3}9)|93(?=[0-9]{3}[0-8])|95)[0-9]{3}"
					+ "(?=9[0-9]{8}(?:[0-9]{11}|[0-9]{7})[0-9](?![0-9])|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10})[0-9](?![0-9]))"
					+ "(?:9[0-9]{8}|[0-8][0-9]{5})(?:[0-9]{14}|[0-9]{11}|[0-9]{10}|[0-9]{7}))(?<C>[0-9])", mod10(3, 1),
					false),
			f("yodel", "Yodel", 18, 19, "JJ?D[0-9]{16}", null, true),
			f("yunexpress", "YunExpress", 18, 18, "YT[0-9]{16}", null, true));

	private static final Map<String, Format> BY_ID = new HashMap<>();

	static {
		for (Format format : TRACKING) {
			BY_ID.put(format.id(), format);
		}
	}

	static @Nullable Format tracking(String id) {
		return BY_ID.get(id);
	}

	/** The name people read for a format id. */
	static Text label(String format) {
		if (format.startsWith(ReferenceChecks.PATTERN_PREFIX)) {
			return Text.of("refs.format.pattern", format.substring(ReferenceChecks.PATTERN_PREFIX.length()));
		}
		if (format.equals("tracking")) {
			return Text.of("refs.format.tracking-any");
		}
		Format tracking = BY_ID.get(format);
		if (tracking != null) {
			return Text.of("refs.format.tracking", tracking.name());
		}
		return Text.of("refs.format." + format);
	}

}
