package dev.deskhand.shipments.ingest;

import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values of the native formats (CSV and JSON) as people write them: statuses as
 * Deskhand's codes or common words in English, Danish and German, classifiers, modes and
 * times with their offset.
 */
final class CsvValues {

	private static final Map<String, TrackingStatus> STATUS_WORDS = new HashMap<>();

	private static final Map<String, TransportMode> MODE_WORDS = new HashMap<>();

	private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.appendPattern("HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]")
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.appendOffset("+HH:MM", "Z")
		.toFormatter(Locale.ROOT);

	static {
		for (TrackingStatus s : TrackingStatus.values()) {
			STATUS_WORDS.put(key(s.code()), s);
		}
		words(TrackingStatus.BOOKED, "booked", "booking confirmed", "gebucht", "booket", "bestilt");
		words(TrackingStatus.PICKED_UP, "picked up", "pickup", "collected", "abgeholt", "afhentet", "opsamlet");
		words(TrackingStatus.GATE_IN, "gate in", "gated in");
		words(TrackingStatus.LOADED, "loaded", "verladen", "geladen", "læsset", "lastet");
		words(TrackingStatus.DEPARTED, "departed", "departure", "abgefahren", "abfahrt", "afgået", "afgang");
		words(TrackingStatus.ARRIVED, "arrived", "arrival", "angekommen", "ankunft", "ankommet", "ankomst");
		words(TrackingStatus.DISCHARGED, "discharged", "unloaded", "entladen", "gelöscht", "losset", "aflæsset");
		words(TrackingStatus.TRANSSHIPPED, "transshipped", "transhipped", "umgeschlagen", "omladet");
		words(TrackingStatus.GATE_OUT, "gate out", "gated out");
		words(TrackingStatus.CUSTOMS_HOLD, "customs hold", "held by customs", "held in customs", "zollhalt",
				"beim zoll angehalten", "toldstop", "tilbageholdt af told");
		words(TrackingStatus.CUSTOMS_RELEASED, "customs released", "customs cleared", "cleared customs", "verzollt",
				"zollfreigabe", "fortoldet", "toldklareret", "frigivet af told");
		words(TrackingStatus.OUT_FOR_DELIVERY, "out for delivery", "on vehicle for delivery", "in zustellung",
				"wird zugestellt", "ude til levering", "på vej til modtager");
		words(TrackingStatus.DELIVERED, "delivered", "zugestellt", "geliefert", "ausgeliefert", "leveret", "afleveret",
				"udleveret");
		words(TrackingStatus.DELIVERY_FAILED, "delivery failed", "failed delivery", "delivery attempted",
				"zustellung fehlgeschlagen", "nicht zugestellt", "levering mislykkedes", "ikke leveret");
		words(TrackingStatus.DELAYED, "delayed", "delay", "verspätet", "verzögert", "forsinket", "forsinkelse");
		words(TrackingStatus.DAMAGED, "damaged", "beschädigt", "beskadiget");
		words(TrackingStatus.EXCEPTION, "exception", "problem", "störung", "afvigelse");
		words(TrackingStatus.CANCELLED, "cancelled", "canceled", "storniert", "annulliert", "annulleret", "aflyst");
		words(TrackingStatus.INFO, "information", "notice", "hinweis", "besked");
		for (TransportMode m : TransportMode.values()) {
			MODE_WORDS.put(key(m.code()), m);
		}
		modes(TransportMode.OCEAN, "sea", "seefracht", "see", "sø", "søfragt", "ship", "vessel");
		modes(TransportMode.AIR, "luftfracht", "luft", "luftfragt", "fly", "flight");
		modes(TransportMode.ROAD, "truck", "lkw", "straße", "strasse", "vej", "lastbil", "vejtransport");
		modes(TransportMode.RAIL, "bahn", "schiene", "tog", "jernbane", "train");
		modes(TransportMode.PARCEL, "paket", "pakke", "courier", "kurier", "express");
	}

	private CsvValues() {
	}

	private static void words(TrackingStatus status, String... words) {
		for (String w : words) {
			STATUS_WORDS.put(key(w), status);
		}
	}

	private static void modes(TransportMode mode, String... words) {
		for (String w : words) {
			MODE_WORDS.put(key(w), mode);
		}
	}

	/** Lower case, letters and digits only (accents kept: ø, ä …). */
	static String key(String s) {
		String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder(n.length());
		for (int i = 0; i < n.length(); i++) {
			char c = n.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	static @Nullable TrackingStatus status(String text) {
		return STATUS_WORDS.get(key(text));
	}

	static @Nullable TransportMode mode(String text) {
		return MODE_WORDS.get(key(text));
	}

	static @Nullable Classifier classifier(String text) {
		return switch (key(text)) {
			case "act", "actual", "tatsächlich", "ist", "faktisk" -> Classifier.ACTUAL;
			case "est", "estimated", "estimate", "geschätzt", "voraussichtlich", "forventet", "estimeret" ->
				Classifier.ESTIMATED;
			case "pln", "planned", "plan", "geplant", "planlagt" -> Classifier.PLANNED;
			default -> null;
		};
	}

	/**
	 * An ISO 8601 time with its offset ({@code Z}, {@code +02:00}), a space allowed for
	 * the T.
	 */
	static @Nullable OffsetDateTime time(String text) {
		OffsetDateTime iso = isoSeconds(text);
		if (iso != null) {
			return iso;
		}
		try {
			return OffsetDateTime.parse(text.strip(), TIME);
		}
		catch (DateTimeParseException e) {
			try {
				return OffsetDateTime.parse(text.strip());
			}
			catch (DateTimeParseException e2) {
				return null;
			}
		}
	}

	/**
	 * The form nearly every feed writes, read by hand ({@link DateTimeFormatter} takes
	 * microseconds, a fifth of checking a file): {@code 2026-03-01T08:00:00Z} or
	 * {@code 2026-03-01T08:00:00+02:00}; null for anything else, or a value out of range,
	 * which {@link #TIME} then reads (or refuses) as before.
	 */
	static @Nullable OffsetDateTime isoSeconds(String t) {
		int n = t.length();
		if (n != 20 && n != 25 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
				|| t.charAt(16) != ':') {
			return null;
		}
		int year = digits(t, 0, 4);
		int month = digits(t, 5, 2);
		int day = digits(t, 8, 2);
		int hour = digits(t, 11, 2);
		int minute = digits(t, 14, 2);
		int second = digits(t, 17, 2);
		if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
			return null;
		}
		try {
			if (n == 20) {
				return t.charAt(19) == 'Z'
						? OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC) : null;
			}
			char sign = t.charAt(19);
			int oh = digits(t, 20, 2);
			int om = digits(t, 23, 2);
			if (sign != '+' && sign != '-' || t.charAt(22) != ':' || oh < 0 || om < 0) {
				return null;
			}
			ZoneOffset offset = sign == '+' ? ZoneOffset.ofHoursMinutes(oh, om) : ZoneOffset.ofHoursMinutes(-oh, -om);
			return OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset);
		}
		catch (java.time.DateTimeException e) {
			return null;
		}
	}

	/** The decimal number of {@code length} ASCII digits at {@code from}, or -1. */
	private static int digits(String t, int from, int length) {
		int v = 0;
		for (int i = from; i < from + length; i++) {
			char c = t.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	/** How the time became UTC: the offset as written ({@code Z}, {@code +02:00}). */
	static String zone(OffsetDateTime t) {
		return t.getOffset().getId();
	}

	static Instant instant(OffsetDateTime t) {
		return t.toInstant();
	}

	/** A UN/LOCODE: two letters of a country and three of a place (letters or 2-9). */
	static boolean isUnlocode(String s) {
		// by hand, not String.matches: that compiles its pattern on every call, once per
		// event in an import
		if (s.length() != 5) {
			return false;
		}
		for (int i = 0; i < 5; i++) {
			char c = s.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || i >= 2 && c >= '2' && c <= '9')) {
				return false;
			}
		}
		return true;
	}

}
