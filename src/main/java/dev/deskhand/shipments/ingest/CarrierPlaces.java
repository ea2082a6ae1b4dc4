package dev.deskhand.shipments.ingest;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Countries as the carriers write them (ISO alpha-2 or alpha-3 codes, English or German
 * names) and the one time zone of a country, where it has one that a carrier's local time
 * can be read in.
 */
final class CarrierPlaces {

	/**
	 * Countries with one civil time zone (or, as Spain, Portugal and Denmark, one for the
	 * mainland where parcels are scanned). Countries spanning several zones (US, CA, AU,
	 * RU, BR, MX …) are absent on purpose: their local times stay "assumed UTC".
	 */
	private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("AT", "Europe/Vienna"),
			Map.entry("BE", "Europe/Brussels"), Map.entry("BG", "Europe/Sofia"), Map.entry("CH", "Europe/Zurich"),
			Map.entry("CY", "Asia/Nicosia"), Map.entry("CZ", "Europe/Prague"), Map.entry("DE", "Europe/Berlin"),
			Map.entry("DK", "Europe/Copenhagen"), Map.entry("EE", "Europe/Tallinn"), Map.entry("ES", "Europe/Madrid"),
			Map.entry("FI", "Europe/Helsinki"), Map.entry("FR", "Europe/Paris"), Map.entry("GB", "Europe/London"),
			Map.entry("GR", "Europe/Athens"), Map.entry("HR", "Europe/Zagreb"), Map.entry("HU", "Europe/Budapest"),
			Map.entry("IE", "Europe/Dublin"), Map.entry("IS", "Atlantic/Reykjavik"), Map.entry("IT", "Europe/Rome"),
			Map.entry("LI", "Europe/Vaduz"), Map.entry("LT", "Europe/Vilnius"), Map.entry("LU", "Europe/Luxembourg"),
			Map.entry("LV", "Europe/Riga"), Map.entry("MT", "Europe/Malta"), Map.entry("NL", "Europe/Amsterdam"),
			Map.entry("NO", "Europe/Oslo"), Map.entry("PL", "Europe/Warsaw"), Map.entry("PT", "Europe/Lisbon"),
			Map.entry("RO", "Europe/Bucharest"), Map.entry("RS", "Europe/Belgrade"),
			Map.entry("SE", "Europe/Stockholm"), Map.entry("SI", "Europe/Ljubljana"),
			Map.entry("SK", "Europe/Bratislava"), Map.entry("TR", "Europe/Istanbul"), Map.entry("UA", "Europe/Kyiv"),
			Map.entry("AE", "Asia/Dubai"), Map.entry("CN", "Asia/Shanghai"), Map.entry("HK", "Asia/Hong_Kong"),
			Map.entry("IL", "Asia/Jerusalem"), Map.entry("IN", "Asia/Kolkata"), Map.entry("JP", "Asia/Tokyo"),
			Map.entry("KR", "Asia/Seoul"), Map.entry("MY", "Asia/Kuala_Lumpur"), Map.entry("PH", "Asia/Manila"),
			Map.entry("SG", "Asia/Singapore"), Map.entry("TH", "Asia/Bangkok"), Map.entry("TW", "Asia/Taipei"),
			Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("JM", "America/Jamaica"),
			Map.entry("ZA", "Africa/Johannesburg"), Map.entry("EG", "Africa/Cairo"),
			Map.entry("MA", "Africa/Casablanca"), Map.entry("NZ", "Pacific/Auckland"),
			Map.entry("PR", "America/Puerto_Rico"));

	private static final Map<String, String> NAMES = names();

	/**
	 * The states and territories of Australia and the provinces and territories of Canada
	 * (with Quebec's older "PQ") as their posts write them after a town.
	 */
	private static final Map<String, Set<String>> REGIONS = Map.of("AU",
			Set.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"), "CA",
			Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "PQ", "QC", "SK", "YT"));

	private static final Pattern IN_PARENTHESES = Pattern.compile("^(.*?)\\s*\\(([A-Za-z]{2,3})\\)$");

	private static final Pattern WORDS = Pattern.compile("[\\s,]+");

	private CarrierPlaces() {
	}

	private static Map<String, String> names() {
		Map<String, String> names = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			Locale country = Locale.of("", code);
			names.put(country.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code);
			names.put(country.getDisplayCountry(Locale.GERMAN).toUpperCase(Locale.ROOT), code);
			names.put(country.getDisplayCountry(Locale.FRENCH).toUpperCase(Locale.ROOT), code);
			names.put(country.getISO3Country(), code);
			names.put(code, code);
		}
		names.put("USA", "US");
		names.put("UNITED STATES OF AMERICA", "US");
		names.put("UK", "GB");
		names.put("GREAT BRITAIN", "GB");
		names.put("ENGLAND", "GB");
		// names the carriers write that the JDK's (CLDR's) display names spell otherwise
		names.put("HONG KONG", "HK");
		names.put("MACAU", "MO");
		names.put("MACAO", "MO");
		names.put("SOUTH KOREA", "KR");
		names.put("KOREA", "KR");
		names.put("CZECH REPUBLIC", "CZ");
		names.put("TURKEY", "TR");
		names.put("THE NETHERLANDS", "NL");
		names.put("HOLLAND", "NL");
		names.put("UAE", "AE");
		names.put("VIET NAM", "VN");
		return Map.copyOf(names);
	}

	/**
	 * The ISO alpha-2 code of a country written as an alpha-2 or alpha-3 code or as its
	 * English, German or French name, or null.
	 */
	static @Nullable String countryCode(@Nullable String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		return NAMES.get(written.trim().toUpperCase(Locale.ROOT));
	}

	/** The country's one zone, or null when it has several or is unknown. */
	static @Nullable ZoneId zone(@Nullable String countryCode) {
		String zone = countryCode == null ? null : ZONES.get(countryCode);
		return zone == null ? null : ZoneId.of(zone);
	}

	/**
	 * "Munich, Germany", "Quebec City, QC, CA", "Feltham, SRY", "NL": the last
	 * comma-separated part is the country when it is a code or name of one (so a two-part
	 * "Los Angeles, CA" reads as Canada: carriers that write states write the country
	 * after them), a text that is only a country is that country without a name, else the
	 * whole text is the name; null for null.
	 */
	static ParsedEvent.@Nullable Location cityAndCountry(@Nullable String written) {
		if (written == null) {
			return null;
		}
		int comma = written.lastIndexOf(',');
		if (comma < 0) {
			String country = countryCode(written);
			return new ParsedEvent.Location(null, country == null ? written : null, country);
		}
		String country = countryCode(written.substring(comma + 1));
		return country == null ? new ParsedEvent.Location(null, written, null)
				: new ParsedEvent.Location(null, written.substring(0, comma).trim(), country);
	}

	/**
	 * "Mechelen (BE)", "CHICAGO (US)": the name before the parentheses and the country in
	 * them (null when that is no country's code); null when the text is not of that
	 * shape.
	 */
	static ParsedEvent.@Nullable Location countryInParentheses(@Nullable String written) {
		Matcher m = written == null ? null : IN_PARENTHESES.matcher(written.trim());
		return m == null || !m.matches() ? null : new ParsedEvent.Location(null, m.group(1), countryCode(m.group(2)));
	}

	/**
	 * Whether the text ends with a region of that country ("BRISBANE QLD", "MONTREAL SORT
	 * CTR, PQ"): a post's domestic scan that names no country.
	 */
	static boolean endsWithRegionOf(@Nullable String written, String countryCode) {
		if (written == null || written.isBlank()) {
			return false;
		}
		String[] words = WORDS.split(written.trim());
		return words.length > 0 && REGIONS.getOrDefault(countryCode, Set.of())
			.contains(words[words.length - 1].toUpperCase(Locale.ROOT));
	}

}
