package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What every carrier parser builds the same way: events, places, references, errors. */
final class CarrierEvents {

	private CarrierEvents() {
	}

	/** An event that happened ({@link Classifier#ACTUAL}) of a parcel carrier. */
	static ParsedEvent actual(String carrier, String position, @Nullable String externalId, TrackingStatus status,
			String code, @Nullable String reason, CarrierTimes.Resolved time, @Nullable Location location,
			List<RawReference> references, Map<String, String> details, String raw) {
		return new ParsedEvent(position, externalId, status, code, reason, Classifier.ACTUAL, time.instant(),
				time.zoneUsed(), location, references, carrier, TransportMode.PARCEL, null, withoutNulls(details), raw);
	}

	/**
	 * The delivery the carrier expects, as an {@link Classifier#ESTIMATED} delivered
	 * event; its code is the name of the field that gave the time.
	 */
	static ParsedEvent estimatedDelivery(String carrier, String position, String field, CarrierTimes.Resolved time,
			List<RawReference> references, String raw) {
		return new ParsedEvent(position, null, TrackingStatus.DELIVERED, field, "estimated delivery",
				Classifier.ESTIMATED, time.instant(), time.zoneUsed(), null, references, carrier, TransportMode.PARCEL,
				null, Map.of(), raw);
	}

	/**
	 * A place from a carrier's address parts: the name is postcode and city as written,
	 * the country its alpha-2 code; null when all are missing.
	 */
	static @Nullable Location place(@Nullable String postcode, @Nullable String city, @Nullable String countryCode) {
		String name = Stream.of(postcode, city)
			.filter(s -> s != null && !s.isBlank())
			.map(String::trim)
			.collect(Collectors.joining(" "));
		if (name.isEmpty() && countryCode == null) {
			return null;
		}
		return new Location(null, name.isEmpty() ? null : name, countryCode);
	}

	/**
	 * The tracking number and any further references (types unknown) that are present.
	 */
	static List<RawReference> references(@Nullable String trackingNumber, @Nullable String... others) {
		return trackingNumbers(Arrays.asList(trackingNumber), others);
	}

	/**
	 * Several tracking numbers (a carrier's own and its partners' for the first or last
	 * mile), each once, then any further references (types unknown) that are present.
	 */
	static List<RawReference> trackingNumbers(List<? extends @Nullable String> numbers, @Nullable String... others) {
		List<RawReference> references = new ArrayList<>();
		for (String number : numbers) {
			if (number != null && !number.isBlank()
					&& references.stream().noneMatch(r -> r.value().equals(number.trim()))) {
				references.add(new RawReference(ReferenceType.TRACKING_NUMBER, number.trim()));
			}
		}
		for (String other : others) {
			if (other != null && !other.isBlank()
					&& references.stream().noneMatch(r -> r.value().equals(other.trim()))) {
				references.add(new RawReference(null, other.trim()));
			}
		}
		return references;
	}

	/**
	 * The parts present joined by ": " ("description: exception", "title: detail"), or
	 * null when none is.
	 */
	static @Nullable String joined(@Nullable String... parts) {
		String text = Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(": "));
		return text.isEmpty() ? null : text;
	}

	/**
	 * A town with its region as carriers write them apart ("JAMAICA, NY", "QUEBEC, QC"),
	 * or whichever of the two is present, or null.
	 */
	static @Nullable String town(@Nullable String city, @Nullable String region) {
		if (city == null || city.isBlank()) {
			return region == null || region.isBlank() ? null : region.trim();
		}
		return region == null || region.isBlank() ? city.trim() : city.trim() + ", " + region.trim();
	}

	/** The carrier's own error, naming its code and message. */
	static Text error(String carrier, @Nullable String code, @Nullable String message) {
		String words = message == null || message.isBlank() ? "-" : message.trim().replaceAll("\\s+", " ");
		if (code == null || code.isBlank()) {
			return Text.of("ingest.reject.carrier.error-uncoded", carrier, words);
		}
		return Text.of("ingest.reject.carrier.error", carrier, words, code.trim());
	}

	/**
	 * Why an event that needs an ISO 8601 time and a code of its carrier is refused, or
	 * null when it has both.
	 * @param field the code's field, named in the reason
	 */
	static @Nullable Rejection missing(String position, CarrierTimes.@Nullable Resolved time, @Nullable String written,
			@Nullable String code, String field) {
		if (time == null) {
			return badTime(position, written, "ISO 8601 date-time");
		}
		return code == null ? new Rejection(position, Text.of("ingest.reject.carrier.code", field)) : null;
	}

	/** An event whose time cannot be read: what was written and what was expected. */
	static Rejection badTime(String position, @Nullable String written, String expected) {
		return new Rejection(position, Text.of("ingest.reject.carrier.time", written == null ? "" : written, expected));
	}

	/**
	 * The file's result; a file in which nothing was read but something was refused (a
	 * carrier's error response) is unreadable as a whole, named by its first refusal.
	 */
	static ParseResult finish(String format, List<ParsedEvent> events, List<Rejection> rejected) {
		if (events.isEmpty() && !rejected.isEmpty()) {
			throw new UnreadableFile(rejected.get(0).position(), rejected.get(0).reason());
		}
		return new ParseResult(format, events, rejected);
	}

	/** Details without the absent values, in a stable order. */
	static Map<String, String> details(@Nullable String... keysAndValues) {
		Map<String, String> details = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			String key = keysAndValues[i];
			String value = keysAndValues[i + 1];
			if (key != null && value != null && !value.isBlank()) {
				details.put(key, value.trim());
			}
		}
		return details;
	}

	private static Map<String, String> withoutNulls(Map<String, String> details) {
		Map<String, String> clean = new LinkedHashMap<>();
		details.forEach((k, v) -> {
			if (k != null && v != null && !v.isBlank()) {
				clean.put(k, v);
			}
		});
		return clean;
	}

}
