package dev.deskhand.shipments.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.ParsedEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tracking event's stored values, made once as the file is checked (on the thread that
 * checks the next file while one is stored): the values an insert and an update share,
 * and the same as a row of a {@code COPY} in its text format.
 */
final class EventRow {

	/**
	 * Plain lists and maps of text and booleans: the default mapper writes them as any
	 * would.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private EventRow() {
	}

	/**
	 * status, classifier, carrier code and reason, event time, zone used, UN/LOCODE,
	 * place, references (JSON), details (JSON), flag, raw: the columns after the digest.
	 */
	static List<Object> values(ParsedEvent e, List<ReferenceCheck.Checked> refs, @Nullable Text flag) {
		List<Object> v = new ArrayList<>(12);
		v.add(e.status().code());
		v.add(e.classifier().code());
		v.add(e.carrierCode());
		v.add(e.carrierReason());
		v.add(Timestamp.from(e.eventTime()));
		v.add(e.zoneUsed());
		v.add(e.location() == null ? null : e.location().unlocode());
		v.add(e.location() == null ? null : e.location().name());
		v.add(refsJson(refs));
		if (e.details().isEmpty() && e.retracts() == null) {
			v.add("{}");
		}
		else {
			Map<String, String> details = new LinkedHashMap<>(e.details());
			if (e.retracts() != null) {
				details.put("retracts", e.retracts());
			}
			v.add(JSON.writeValueAsString(details));
		}
		v.add(flag == null ? null : flag.english());
		v.add(e.raw());
		return v;
	}

	/**
	 * The references as JSON, {@code [{"type", "value", "valid", "reason"?}]}, written
	 * directly: what the mapper writes for the same list of maps, without the mapper's
	 * context, generator and maps for every event of a million-event import.
	 */
	static String refsJson(List<ReferenceCheck.Checked> refs) {
		StringBuilder json = new StringBuilder(80 * refs.size() + 2).append('[');
		for (int k = 0; k < refs.size(); k++) {
			ReferenceCheck.Checked r = refs.get(k);
			json.append(k == 0 ? "{\"type\":" : ",{\"type\":");
			jsonString(json, r.type().code());
			json.append(",\"value\":");
			jsonString(json, r.written());
			json.append(",\"valid\":").append(r.valid());
			if (r.reason() != null) {
				json.append(",\"reason\":");
				jsonString(json, r.reason().english());
			}
			json.append('}');
		}
		return json.append(']').toString();
	}

	/** A JSON string, escaped by Jackson's encoder (no generator around it). */
	private static void jsonString(StringBuilder json, String value) {
		json.append('"');
		JsonStringEncoder.getInstance().quoteAsString(value, json);
		json.append('"');
	}

	/**
	 * The fields from the source to the raw text, each after a tab: what a {@code COPY}
	 * row holds between the shipment and the time received, in UTF-8 (encoded as the file
	 * is checked, not on the thread that stores it).
	 */
	static byte[] copyFields(ParsedEvent e, String source, String digest, List<ReferenceCheck.Checked> refs,
			@Nullable Text flag) {
		StringBuilder row = new StringBuilder(512);
		field(row, source);
		field(row, e.externalId());
		field(row, digest);
		for (Object x : values(e, refs, flag)) {
			field(row, x == null ? null : x instanceof Timestamp t ? t.toInstant().toString() : x.toString());
		}
		return row.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * One field of a {@code COPY} in its text format, after a tab: null as {@code \N},
	 * text with backslash, tab, line feed and carriage return escaped (PostgreSQL's text
	 * holds no NUL, which broken feeds sometimes have). The text format is the one
	 * PostgreSQL reads fastest: no quotes to track.
	 */
	static void field(StringBuilder row, @Nullable String value) {
		row.append('\t');
		if (value == null) {
			row.append("\\N");
			return;
		}
		int plain = 0;
		while (plain < value.length() && !special(value.charAt(plain))) {
			plain++;
		}
		// most values have nothing to escape: copied whole
		row.append(value, 0, plain);
		for (int i = plain; i < value.length(); i++) {
			char ch = value.charAt(i);
			switch (ch) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				case '\u0000' -> {
				}
				default -> row.append(ch);
			}
		}
	}

	private static boolean special(char ch) {
		return ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\u0000';
	}

}
