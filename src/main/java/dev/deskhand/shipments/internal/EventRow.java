package dev.deskhand.shipments.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ingest.ParsedEvent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
		v.add(JSON.writeValueAsString(refs.stream().map(r -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("type", r.type().code());
			m.put("value", r.written());
			m.put("valid", r.valid());
			if (r.reason() != null) {
				m.put("reason", r.reason().english());
			}
			return m;
		}).toList()));
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
	 * The fields from the source to the raw text, each after a tab: what a {@code COPY}
	 * row holds between the shipment and the time received.
	 */
	static String copyFields(ParsedEvent e, String source, String digest, List<ReferenceCheck.Checked> refs,
			@Nullable Text flag) {
		StringBuilder row = new StringBuilder(512);
		field(row, source);
		field(row, e.externalId());
		field(row, digest);
		for (Object x : values(e, refs, flag)) {
			field(row, x == null ? null : x instanceof Timestamp t ? t.toInstant().toString() : x.toString());
		}
		return row.toString();
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
		for (int i = 0; i < value.length(); i++) {
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

}
