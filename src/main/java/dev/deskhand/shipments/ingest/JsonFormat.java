package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deskhand's native JSON of tracking events: {@code {"events": [ … ]}} or a bare array of
 * event objects. Each event: {@code status} (a normalised code or a common word) and
 * {@code event_time} (ISO 8601 with offset) are required; {@code external_id},
 * {@code reference} (a string or {@code {type, value}}) and/or {@code references} (a list
 * of them), {@code carrier_code}, {@code carrier_reason}, {@code classifier}
 * ({@code actual}/{@code estimated}/{@code planned} or ACT/EST/PLN), {@code location}
 * ({@code {unlocode, name}} or a string), {@code carrier}, {@code mode},
 * {@code retracts}, {@code customer}, {@code source} and {@code details} (an object of
 * strings) are optional. Positions are JSON pointers ({@code /events/3}); a file that is
 * not JSON is refused at its line.
 */
public final class JsonFormat implements EventFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "json";
	}

	@Override
	public boolean recognises(byte[] content) {
		int i = 0;
		if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf) {
			i = 3;
		}
		while (i < content.length && Character.isWhitespace(content[i])) {
			i++;
		}
		return i < content.length && (content[i] == '{' || content[i] == '[');
	}

	@Override
	public ParseResult parse(byte[] content) {
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException e) {
			TokenStreamLocation at = e.getLocation();
			int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
			throw new UnreadableFile(String.valueOf(line), Text.of("ingest.reject.json.syntax", line));
		}
		catch (RuntimeException | StackOverflowError e) {
			throw new UnreadableFile("1", Text.of("ingest.reject.json.syntax", 1));
		}
		if (root == null || root.isMissingNode() || root.isNull()) {
			throw new UnreadableFile("1", Text.of("ingest.reject.json.syntax", 1));
		}
		JsonNode list;
		String prefix;
		if (root.isArray()) {
			list = root;
			prefix = "";
		}
		else if (root.isObject() && root.path("events").isArray()) {
			list = root.get("events");
			prefix = "/events";
		}
		else {
			throw new UnreadableFile("/", Text.of("ingest.reject.json.shape"));
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String pointer = prefix + "/" + i;
			try {
				events.add(event(list.get(i), pointer));
			}
			catch (Refused e) {
				rejected.add(new Rejection(e.pointer, e.reason));
			}
		}
		return new ParseResult(name(), events, rejected);
	}

	private static final class Refused extends Exception {

		private final String pointer;

		private final transient Text reason;

		Refused(String pointer, Text reason) {
			super(null, null, false, false);
			this.pointer = pointer;
			this.reason = reason;
		}

	}

	private static ParsedEvent event(JsonNode e, String pointer) throws Refused {
		if (!e.isObject()) {
			throw new Refused(pointer, Text.of("ingest.reject.json.not-object"));
		}
		String statusText = text(e, "status", pointer);
		if (statusText == null) {
			throw new Refused(pointer + "/status", Text.of("ingest.reject.json.required", "status"));
		}
		TrackingStatus status = CsvValues.status(statusText);
		if (status == null) {
			throw new Refused(pointer + "/status", Text.of("ingest.reject.json.status", statusText));
		}
		String timeText = text(e, "event_time", pointer);
		if (timeText == null) {
			throw new Refused(pointer + "/event_time", Text.of("ingest.reject.json.required", "event_time"));
		}
		OffsetDateTime time = CsvValues.time(timeText);
		if (time == null) {
			throw new Refused(pointer + "/event_time", Text.of("ingest.reject.json.time", timeText));
		}
		Classifier classifier = Classifier.ACTUAL;
		String classifierText = text(e, "classifier", pointer);
		if (classifierText != null) {
			classifier = CsvValues.classifier(classifierText);
			if (classifier == null) {
				throw new Refused(pointer + "/classifier", Text.of("ingest.reject.json.classifier", classifierText));
			}
		}
		TransportMode mode = null;
		String modeText = text(e, "mode", pointer);
		if (modeText != null) {
			mode = CsvValues.mode(modeText);
			if (mode == null) {
				throw new Refused(pointer + "/mode", Text.of("ingest.reject.json.mode", modeText));
			}
		}
		List<ParsedEvent.RawReference> refs = new ArrayList<>();
		if (e.has("reference")) {
			refs.add(reference(e.get("reference"), pointer + "/reference"));
		}
		if (e.has("references")) {
			JsonNode list = e.get("references");
			if (!list.isArray()) {
				throw new Refused(pointer + "/references", Text.of("ingest.reject.json.references"));
			}
			for (int i = 0; i < list.size(); i++) {
				refs.add(reference(list.get(i), pointer + "/references/" + i));
			}
		}
		Map<String, String> details = new LinkedHashMap<>();
		JsonNode d = e.get("details");
		if (d != null && !d.isNull()) {
			if (!d.isObject()) {
				throw new Refused(pointer + "/details", Text.of("ingest.reject.json.details"));
			}
			for (var entry : d.properties()) {
				JsonNode v = entry.getValue();
				if (!v.isNull()) {
					details.put(entry.getKey(), v.isValueNode() ? v.asString() : v.toString());
				}
			}
		}
		for (String f : List.of("source", "customer")) {
			String v = text(e, f, pointer);
			if (v != null) {
				details.put(f, v);
			}
		}
		String carrierCode = text(e, "carrier_code", pointer);
		return new ParsedEvent(pointer, text(e, "external_id", pointer), status,
				carrierCode == null ? statusText : carrierCode, text(e, "carrier_reason", pointer), classifier,
				time.toInstant(), CsvValues.zone(time), location(e.get("location"), pointer + "/location"), refs,
				text(e, "carrier", pointer), mode, text(e, "retracts", pointer), details, e.toString());
	}

	private static ParsedEvent.RawReference reference(JsonNode r, String pointer) throws Refused {
		if (r.isString() && !r.asString().isBlank()) {
			return new ParsedEvent.RawReference(null, r.asString().strip());
		}
		if (r.isObject() && r.path("value").isString() && !r.get("value").asString().isBlank()) {
			ReferenceType type = null;
			JsonNode t = r.get("type");
			if (t != null && !t.isNull()) {
				try {
					type = ReferenceType.parse(t.asString());
				}
				catch (IllegalArgumentException ex) {
					throw new Refused(pointer + "/type", Text.of("ingest.reject.json.reference-type", t.asString()));
				}
			}
			return new ParsedEvent.RawReference(type, r.get("value").asString().strip());
		}
		throw new Refused(pointer, Text.of("ingest.reject.json.reference"));
	}

	private static ParsedEvent.@Nullable Location location(@Nullable JsonNode l, String pointer) throws Refused {
		if (l == null || l.isNull()) {
			return null;
		}
		if (l.isString()) {
			String v = l.asString().strip();
			String code = v.replace(" ", "").toUpperCase(Locale.ROOT);
			return CsvValues.isUnlocode(code) ? new ParsedEvent.Location(code, null, code.substring(0, 2))
					: v.isEmpty() ? null : new ParsedEvent.Location(null, v, null);
		}
		if (!l.isObject()) {
			throw new Refused(pointer, Text.of("ingest.reject.json.location"));
		}
		String unlocode = l.path("unlocode").isString() ? l.get("unlocode").asString().replace(" ", "").strip() : null;
		String name = l.path("name").isString() ? l.get("name").asString().strip() : null;
		if (unlocode != null && !unlocode.isEmpty()) {
			unlocode = unlocode.toUpperCase(Locale.ROOT);
			if (!CsvValues.isUnlocode(unlocode)) {
				throw new Refused(pointer + "/unlocode", Text.of("ingest.reject.json.unlocode", unlocode));
			}
		}
		else {
			unlocode = null;
		}
		if (name != null && name.isEmpty()) {
			name = null;
		}
		if (unlocode == null && name == null) {
			return null;
		}
		return new ParsedEvent.Location(unlocode, name, unlocode == null ? null : unlocode.substring(0, 2));
	}

	private static @Nullable String text(JsonNode e, String field, String pointer) throws Refused {
		JsonNode v = e.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isValueNode() || v.isBinary()) {
			throw new Refused(pointer + "/" + field, Text.of("ingest.reject.json.not-text", field));
		}
		String s = v.asString().strip();
		return s.isEmpty() ? null : s;
	}

}
