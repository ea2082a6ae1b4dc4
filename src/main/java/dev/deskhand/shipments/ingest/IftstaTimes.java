package dev.deskhand.shipments.ingest;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.EdiReader.Segment;
import dev.deskhand.shipments.ingest.ParsedEvent.Location;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * EDIFACT DTM values (C507: qualifier 2005, value 2380, format 2379). Formats 102
 * (CCYYMMDD), 201 (YYMMDDHHMM), 203 (CCYYMMDDHHMM) and 204 (CCYYMMDDHHMMSS) are local
 * times at the event's place; 205 (CCYYMMDDHHMM±HHMM) carries its offset and 303
 * (CCYYMMDDHHMMZZZ) its zone (UTC/GMT, or an offset ±HH).
 */
final class IftstaTimes {

	private IftstaTimes() {
	}

	static EdiZones.Resolved resolve(Segment dtm, @Nullable Location place) {
		String value = dtm.comp(1, 2);
		String format = dtm.comp(1, 3).isEmpty() ? "203" : dtm.comp(1, 3);
		try {
			return switch (format) {
				case "102" -> local(LocalDate.parse(digits(value, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
					.atStartOfDay(), place);
				case "201" -> local(stamp("20" + digits(value, 10)), place);
				case "203" -> local(stamp(digits(value, 12)), place);
				case "204" -> local(stamp(digits(value, 14)), place);
				case "205" -> offset(value);
				case "303" -> zoned(value);
				default -> throw new DateTimeException(format);
			};
		}
		catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
			throw new EdiRecordRejected(
					Text.of("ingest.reject.edi.bad-date", dtm.position(), value + " (" + format + ")"));
		}
	}

	private static EdiZones.Resolved local(LocalDateTime local, @Nullable Location place) {
		return EdiZones.local(local, EdiZones.ofLocode(place == null ? null : place.unlocode()).orElse(null));
	}

	private static String digits(String value, int length) {
		if (value.length() != length || !value.chars().allMatch(Character::isDigit)) {
			throw new DateTimeException(value);
		}
		return value;
	}

	/** CCYYMMDDHHMM[SS]. */
	private static LocalDateTime stamp(String v) {
		LocalDateTime t = LocalDateTime.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
				Integer.parseInt(v.substring(6, 8)), Integer.parseInt(v.substring(8, 10)),
				Integer.parseInt(v.substring(10, 12)));
		return v.length() >= 14 ? t.withSecond(Integer.parseInt(v.substring(12, 14))) : t;
	}

	private static EdiZones.Resolved offset(String value) {
		if (!value.matches("\\d{12}[+-]\\d{4}")) {
			throw new DateTimeException(value);
		}
		ZoneOffset offset = ZoneOffset.of(value.substring(12, 15) + ":" + value.substring(15, 17));
		return new EdiZones.Resolved(stamp(value.substring(0, 12)).toInstant(offset), offset.getId());
	}

	private static EdiZones.Resolved zoned(String value) {
		if (!value.matches("\\d{12}.{1,3}")) {
			throw new DateTimeException(value);
		}
		String zone = value.substring(12);
		ZoneOffset offset = switch (zone) {
			case "UTC", "GMT", "Z", "UT" -> ZoneOffset.UTC;
			default -> {
				if (!zone.matches("[+-]\\d{2}")) {
					throw new DateTimeException(zone);
				}
				yield ZoneOffset.of(zone);
			}
		};
		return new EdiZones.Resolved(stamp(value.substring(0, 12)).toInstant(offset), offset.getId());
	}

}
