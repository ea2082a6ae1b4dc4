package dev.deskhand.shipments;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which CSV column holds which field of an event, for a source whose headers are not
 * recognised by name. Keys are column headers as written in the file (compared without
 * case and spaces), values the field names: {@code external_id}, {@code reference},
 * {@code container}, {@code booking}, {@code bill_of_lading}, {@code air_waybill},
 * {@code tracking_number}, {@code order}, {@code status}, {@code carrier_code},
 * {@code carrier_reason}, {@code classifier}, {@code event_time}, {@code location}
 * (UN/LOCODE), {@code location_name}, {@code carrier}, {@code mode}, {@code source},
 * {@code retracts}. Columns not named keep their recognised meaning.
 */
public record CsvMapping(Map<String, String> columns) {

	/** The fields a column may be mapped to. */
	public static final Set<String> FIELDS = Set.of("external_id", "reference", "container", "booking",
			"bill_of_lading", "air_waybill", "tracking_number", "order", "status", "carrier_code", "carrier_reason",
			"classifier", "event_time", "location", "location_name", "carrier", "mode", "source", "retracts");

	public CsvMapping {
		Map<String, String> copy = new LinkedHashMap<>();
		columns.forEach((column, field) -> {
			String f = field.strip().toLowerCase(Locale.ROOT).replace('-', '_');
			if (!FIELDS.contains(f)) {
				throw new IllegalArgumentException("not a field: " + field);
			}
			copy.put(column, f);
		});
		columns = Map.copyOf(copy);
	}

}
