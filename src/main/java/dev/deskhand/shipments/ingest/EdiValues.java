package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.ParsedEvent.RawReference;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Values both EDI standards write alike: reference qualifiers, equipment numbers, dates.
 */
final class EdiValues {

	private static final Pattern CONTAINER = Pattern.compile("[A-Z]{4}\\d{7}");

	/**
	 * Reference qualifiers with a Deskhand type (X12 element 128 and EDIFACT 1153 share
	 * these codes).
	 */
	private static final Map<String, ReferenceType> TYPED = Map.ofEntries(Map.entry("BM", ReferenceType.BILL_OF_LADING),
			Map.entry("MB", ReferenceType.BILL_OF_LADING), Map.entry("BH", ReferenceType.BILL_OF_LADING),
			Map.entry("BN", ReferenceType.BOOKING), Map.entry("PO", ReferenceType.ORDER),
			Map.entry("CO", ReferenceType.ORDER), Map.entry("ON", ReferenceType.ORDER),
			Map.entry("IV", ReferenceType.INVOICE), Map.entry("2I", ReferenceType.TRACKING_NUMBER),
			Map.entry("AW", ReferenceType.AIR_WAYBILL), Map.entry("AWB", ReferenceType.AIR_WAYBILL));

	/**
	 * Qualifiers of a party's own reference for the shipment, kept as references without
	 * a type: carrier's (CN, PRO), delivery order (DO), customer (CR), shipper's (SI),
	 * forwarder's (FN, FF).
	 */
	private static final Set<String> UNTYPED = Set.of("CN", "DO", "CR", "SI", "FN", "FF");

	private EdiValues() {
	}

	/**
	 * The reference a qualified value is, or null when the qualifier names no shipment
	 * reference (the caller keeps it in the details).
	 */
	static @Nullable RawReference reference(String qualifier, String value) {
		if (value.isBlank()) {
			return null;
		}
		if (qualifier.equals("EQ")) {
			return container(value);
		}
		ReferenceType type = TYPED.get(qualifier);
		if (type != null || UNTYPED.contains(qualifier)) {
			return new RawReference(type, value);
		}
		return null;
	}

	/** An equipment number: a container when it has the ISO 6346 shape, else untyped. */
	static RawReference container(String value) {
		String compact = value.replace(" ", "");
		return CONTAINER.matcher(compact).matches() ? new RawReference(ReferenceType.CONTAINER, compact)
				: new RawReference(null, value);
	}

	/**
	 * An X12 equipment initial, number and check digit (B4-07/08/13, N7-01/02), or null
	 * when there is none.
	 */
	static @Nullable RawReference equipment(String initial, String number, String checkDigit) {
		if (number.isEmpty()) {
			return null;
		}
		String full = initial + number + (number.length() == 6 ? checkDigit : "");
		return container(full);
	}

	/**
	 * An X12 date (CCYYMMDD or YYMMDD) and time (HHMM, HHMMSS, HHMMSSd…; empty is
	 * midnight).
	 */
	static LocalDateTime x12DateTime(int position, String date, String time) {
		try {
			LocalDate day = switch (date.length()) {
				case 8 -> LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
						Integer.parseInt(date.substring(6, 8)));
				case 6 -> LocalDate.of(2000 + Integer.parseInt(date.substring(0, 2)),
						Integer.parseInt(date.substring(2, 4)), Integer.parseInt(date.substring(4, 6)));
				default -> throw new DateTimeException(date);
			};
			return day.atTime(time(time));
		}
		catch (DateTimeException | NumberFormatException e) {
			throw new EdiRecordRejected(Text.of("ingest.reject.edi.bad-date", position, date + " " + time));
		}
	}

	/** HHMM, HHMMSS or HHMMSS with decimals; empty is midnight. */
	static LocalTime time(String time) {
		if (time.isEmpty()) {
			return LocalTime.MIDNIGHT;
		}
		if (!time.matches("\\d{4}(\\d{2}\\d*)?")) {
			throw new DateTimeException(time);
		}
		int seconds = time.length() >= 6 ? Integer.parseInt(time.substring(4, 6)) : 0;
		return LocalTime.of(Integer.parseInt(time.substring(0, 2)), Integer.parseInt(time.substring(2, 4)), seconds);
	}

}
