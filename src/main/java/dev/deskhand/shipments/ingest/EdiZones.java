package dev.deskhand.shipments.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How EDI's local times become UTC. X12 time codes (element 623): a zone name resolves by
 * the date (CT is America/Chicago, so CDT in summer), a standard or daylight code is a
 * fixed offset, UT/GM is UTC, LT is the local time of the event's place. EDIFACT and X12
 * 315 times without a code are local at the event's place. A place's zone comes from its
 * UN/LOCODE: the country's zone for single-zone countries, a table of common ports for
 * the countries spanning several zones; when it cannot be told, the time is kept as if
 * UTC and {@code zoneUsed} says so.
 */
final class EdiZones {

	/** What {@code zoneUsed} says when the local time's zone cannot be told. */
	static final String UNKNOWN = "unknown (local time taken as UTC)";

	private static final Map<String, String> X12_REGIONS = Map.of("AT", "America/Anchorage", "CT", "America/Chicago",
			"ET", "America/New_York", "MT", "America/Denver", "PT", "America/Los_Angeles", "HT", "Pacific/Honolulu",
			"TT", "America/Halifax", "NT", "America/St_Johns");

	private static final Map<String, String> X12_FIXED = Map.ofEntries(Map.entry("AS", "-09:00"),
			Map.entry("AD", "-08:00"), Map.entry("PS", "-08:00"), Map.entry("PD", "-07:00"), Map.entry("MS", "-07:00"),
			Map.entry("MD", "-06:00"), Map.entry("CS", "-06:00"), Map.entry("CD", "-05:00"), Map.entry("ES", "-05:00"),
			Map.entry("ED", "-04:00"), Map.entry("TS", "-04:00"), Map.entry("TD", "-03:00"), Map.entry("HS", "-10:00"),
			Map.entry("HD", "-09:00"), Map.entry("NS", "-03:30"), Map.entry("ND", "-02:30"), Map.entry("UT", "Z"),
			Map.entry("GM", "Z"));

	/** Countries whose trade places all keep one zone. */
	private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("DK", "Europe/Copenhagen"),
			Map.entry("DE", "Europe/Berlin"), Map.entry("NL", "Europe/Amsterdam"), Map.entry("BE", "Europe/Brussels"),
			Map.entry("FR", "Europe/Paris"), Map.entry("GB", "Europe/London"), Map.entry("IE", "Europe/Dublin"),
			Map.entry("SE", "Europe/Stockholm"), Map.entry("NO", "Europe/Oslo"), Map.entry("FI", "Europe/Helsinki"),
			Map.entry("PL", "Europe/Warsaw"), Map.entry("IT", "Europe/Rome"), Map.entry("AT", "Europe/Vienna"),
			Map.entry("CH", "Europe/Zurich"), Map.entry("CZ", "Europe/Prague"), Map.entry("GR", "Europe/Athens"),
			Map.entry("TR", "Europe/Istanbul"), Map.entry("EE", "Europe/Tallinn"), Map.entry("LV", "Europe/Riga"),
			Map.entry("LT", "Europe/Vilnius"), Map.entry("RO", "Europe/Bucharest"), Map.entry("BG", "Europe/Sofia"),
			Map.entry("HR", "Europe/Zagreb"), Map.entry("SI", "Europe/Ljubljana"), Map.entry("HU", "Europe/Budapest"),
			Map.entry("SK", "Europe/Bratislava"), Map.entry("CN", "Asia/Shanghai"), Map.entry("HK", "Asia/Hong_Kong"),
			Map.entry("TW", "Asia/Taipei"), Map.entry("JP", "Asia/Tokyo"), Map.entry("KR", "Asia/Seoul"),
			Map.entry("SG", "Asia/Singapore"), Map.entry("MY", "Asia/Kuala_Lumpur"), Map.entry("TH", "Asia/Bangkok"),
			Map.entry("VN", "Asia/Ho_Chi_Minh"), Map.entry("PH", "Asia/Manila"), Map.entry("IN", "Asia/Kolkata"),
			Map.entry("LK", "Asia/Colombo"), Map.entry("PK", "Asia/Karachi"), Map.entry("BD", "Asia/Dhaka"),
			Map.entry("AE", "Asia/Dubai"), Map.entry("SA", "Asia/Riyadh"), Map.entry("OM", "Asia/Muscat"),
			Map.entry("IL", "Asia/Jerusalem"), Map.entry("EG", "Africa/Cairo"), Map.entry("MA", "Africa/Casablanca"),
			Map.entry("ZA", "Africa/Johannesburg"), Map.entry("NG", "Africa/Lagos"), Map.entry("KE", "Africa/Nairobi"),
			Map.entry("AR", "America/Argentina/Buenos_Aires"), Map.entry("CO", "America/Bogota"),
			Map.entry("PE", "America/Lima"), Map.entry("PA", "America/Panama"), Map.entry("UY", "America/Montevideo"),
			Map.entry("NZ", "Pacific/Auckland"));

	/**
	 * Common ports and inland places of countries with several zones (and the exceptions
	 * of ES and PT, whose islands keep other zones).
	 */
	private static final Map<String, String> PLACES = Map.ofEntries(Map.entry("USNYC", "America/New_York"),
			Map.entry("USSYR", "America/New_York"), Map.entry("USSAV", "America/New_York"),
			Map.entry("USCHS", "America/New_York"), Map.entry("USORF", "America/New_York"),
			Map.entry("USBAL", "America/New_York"), Map.entry("USPHL", "America/New_York"),
			Map.entry("USBOS", "America/New_York"), Map.entry("USMIA", "America/New_York"),
			Map.entry("USJAX", "America/New_York"), Map.entry("USATL", "America/New_York"),
			Map.entry("USCMH", "America/New_York"), Map.entry("USCHI", "America/Chicago"),
			Map.entry("USMEM", "America/Chicago"), Map.entry("USDAL", "America/Chicago"),
			Map.entry("USHOU", "America/Chicago"), Map.entry("USMSY", "America/Chicago"),
			Map.entry("USKCK", "America/Chicago"), Map.entry("USWOQ", "America/Chicago"),
			Map.entry("USSTL", "America/Chicago"), Map.entry("USDEN", "America/Denver"),
			Map.entry("USPHX", "America/Phoenix"), Map.entry("USLAX", "America/Los_Angeles"),
			Map.entry("USLGB", "America/Los_Angeles"), Map.entry("USOAK", "America/Los_Angeles"),
			Map.entry("USSEA", "America/Los_Angeles"), Map.entry("USTIW", "America/Los_Angeles"),
			Map.entry("USPDX", "America/Los_Angeles"), Map.entry("USANC", "America/Anchorage"),
			Map.entry("USHNL", "Pacific/Honolulu"), Map.entry("CAVAN", "America/Vancouver"),
			Map.entry("CAPRR", "America/Vancouver"), Map.entry("CAMTR", "America/Toronto"),
			Map.entry("CATOR", "America/Toronto"), Map.entry("CAHAL", "America/Halifax"),
			Map.entry("MXZLO", "America/Mexico_City"), Map.entry("MXMEX", "America/Mexico_City"),
			Map.entry("MXQRO", "America/Mexico_City"), Map.entry("MXVER", "America/Mexico_City"),
			Map.entry("MXLZC", "America/Mexico_City"), Map.entry("MXMTY", "America/Monterrey"),
			Map.entry("MXTIJ", "America/Tijuana"), Map.entry("MXESE", "America/Tijuana"),
			Map.entry("BRSSZ", "America/Sao_Paulo"), Map.entry("BRRIO", "America/Sao_Paulo"),
			Map.entry("BRPNG", "America/Sao_Paulo"), Map.entry("BRITJ", "America/Sao_Paulo"),
			Map.entry("BRMAO", "America/Manaus"), Map.entry("AUSYD", "Australia/Sydney"),
			Map.entry("AUMEL", "Australia/Melbourne"), Map.entry("AUBNE", "Australia/Brisbane"),
			Map.entry("AUFRE", "Australia/Perth"), Map.entry("AUADL", "Australia/Adelaide"),
			Map.entry("RULED", "Europe/Moscow"), Map.entry("RUNVS", "Europe/Moscow"),
			Map.entry("RUVVO", "Asia/Vladivostok"), Map.entry("IDJKT", "Asia/Jakarta"),
			Map.entry("IDSUB", "Asia/Jakarta"), Map.entry("CLSAI", "America/Santiago"),
			Map.entry("CLVAP", "America/Santiago"), Map.entry("ECGYE", "America/Guayaquil"),
			Map.entry("ESLPA", "Atlantic/Canary"), Map.entry("ESSCT", "Atlantic/Canary"),
			Map.entry("ESACE", "Atlantic/Canary"), Map.entry("PTPDL", "Atlantic/Azores"),
			Map.entry("PTFNC", "Atlantic/Madeira"));

	/** Countries with several zones but one for all places not in {@link #PLACES}. */
	private static final Map<String, String> MAINLAND = Map.of("ES", "Europe/Madrid", "PT", "Europe/Lisbon");

	private EdiZones() {
	}

	/** A time as UTC and how it got there. */
	record Resolved(Instant instant, String zoneUsed) {
	}

	/** The zone of a UN/LOCODE place, when it can be told. */
	static Optional<ZoneId> ofLocode(@Nullable String locode) {
		if (locode == null || !locode.matches("[A-Z]{2}[A-Z0-9]{3}")) {
			return Optional.empty();
		}
		String zone = PLACES.get(locode);
		if (zone == null) {
			String country = locode.substring(0, 2);
			zone = COUNTRIES.getOrDefault(country, MAINLAND.get(country));
		}
		return Optional.ofNullable(zone).map(ZoneId::of);
	}

	/** Whether {@code code} is an X12 time code Deskhand resolves. */
	static boolean knowsX12(String code) {
		return code.isEmpty() || code.equals("LT") || X12_REGIONS.containsKey(code) || X12_FIXED.containsKey(code);
	}

	/**
	 * An X12 local time with its time code (empty or LT: local at the place).
	 * @throws IllegalArgumentException for a code {@link #knowsX12} does not know
	 */
	static Resolved x12(String code, LocalDateTime local, @Nullable ZoneId place) {
		String c = code.toUpperCase(Locale.ROOT);
		if (X12_REGIONS.containsKey(c)) {
			ZoneId zone = ZoneId.of(X12_REGIONS.get(c));
			return new Resolved(local.atZone(zone).toInstant(), c + " " + zone.getId());
		}
		if (X12_FIXED.containsKey(c)) {
			ZoneOffset offset = ZoneOffset.of(X12_FIXED.get(c));
			return new Resolved(local.toInstant(offset), c + " " + offset.getId());
		}
		if (c.isEmpty() || c.equals("LT")) {
			Resolved resolved = local(local, place);
			return new Resolved(resolved.instant(), "LT " + resolved.zoneUsed());
		}
		throw new IllegalArgumentException(code);
	}

	/** A local time at a place whose zone is known, or taken as UTC and said so. */
	static Resolved local(LocalDateTime local, @Nullable ZoneId place) {
		if (place == null) {
			return new Resolved(local.toInstant(ZoneOffset.UTC), UNKNOWN);
		}
		return new Resolved(local.atZone(place).toInstant(), place.getId());
	}

}
