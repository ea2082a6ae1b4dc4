package dev.deskhand.shipments.ingest;

import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.Classifier;
import dev.deskhand.shipments.CsvMapping;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Deskhand's CSV of tracking events: one event a line after a header line. Columns are
 * recognised by common header names whatever their case, spaces, hyphens and underscores
 * (English, Danish and German; see the README), or named by a {@link CsvMapping}. Comma,
 * semicolon or tab, as the header uses; quotes as RFC 4180; UTF-8 (with or without BOM),
 * else Windows-1252. Statuses are Deskhand's codes or common words ("Delivered",
 * "Zugestellt", "Leveret"); times ISO 8601 with an offset. Positions are line numbers,
 * the header being line 1.
 */
public final class CsvFormat implements EventFormat {

	private static final Map<String, String> HEADERS = new HashMap<>();

	static {
		headers("external_id", "external id", "event id", "id", "event no", "event number", "hændelses id",
				"ereignis id");
		headers("reference", "reference", "ref", "shipment ref", "shipment reference", "shipment", "shipment no",
				"shipment number", "referencenummer", "reference no", "forsendelse", "forsendelsesnummer",
				"forsendelses nr", "referenz", "sendung", "sendungsnummer", "sendungsreferenz");
		headers("container", "container", "container no", "container number", "container nr", "equipment",
				"equipment reference", "containernummer");
		headers("booking", "booking", "booking no", "booking number", "booking reference", "buchung", "buchungsnummer",
				"bookingnummer");
		headers("bill_of_lading", "bill of lading", "bl", "b l", "bl number", "bol", "mbl", "hbl",
				"transport document reference", "konnossement", "konossement");
		headers("air_waybill", "air waybill", "awb", "mawb", "hawb", "luftfrachtbrief");
		headers("tracking_number", "tracking number", "tracking no", "tracking", "tracking id", "parcel number",
				"pakkenummer", "pakke nr", "sporingsnummer", "paketnummer", "sendungsverfolgungsnummer");
		headers("order", "order", "order no", "order number", "ordre", "ordrenummer", "ordre nr", "bestellung",
				"bestellnummer", "auftrag", "auftragsnummer");
		headers("status", "status", "event status", "shipment status", "hændelse", "ereignis", "sendungsstatus");
		headers("carrier_code", "carrier code", "carrier status", "carrier status code", "status code", "raw status",
				"original code");
		headers("carrier_reason", "carrier reason", "reason", "description", "remark", "remarks", "årsag",
				"beskrivelse", "bemærkning", "grund", "beschreibung", "bemerkung");
		headers("classifier", "classifier", "event classifier", "event classifier code", "klassifikation");
		headers("event_time", "event time", "event date time", "event datetime", "event date", "time", "timestamp",
				"date time", "datetime", "date", "tidspunkt", "dato", "hændelsestidspunkt", "zeit", "zeitpunkt",
				"datum", "ereigniszeit");
		headers("location", "location", "unlocode", "un locode", "locode", "location code", "place", "port", "sted",
				"lokation", "ort", "standort");
		headers("location_name", "location name", "city", "place name", "by", "stedsnavn", "stadt", "ortsname");
		headers("carrier", "carrier", "scac", "transportør", "fragtfører", "vognmand", "spediteur", "frachtführer",
				"transporteur");
		headers("mode", "mode", "transport mode", "mode of transport", "transportform", "transportart");
		headers("source", "source", "kilde", "quelle", "feed");
		headers("retracts", "retracts", "retracted event id", "retracted");
		headers("customer", "customer", "kunde", "client");
	}

	private final @Nullable CsvMapping mapping;

	public CsvFormat() {
		this(null);
	}

	/** Reads columns as {@code mapping} names them (the others by their headers). */
	public CsvFormat(@Nullable CsvMapping mapping) {
		this.mapping = mapping;
	}

	private static void headers(String field, String... names) {
		for (String n : names) {
			HEADERS.put(CsvValues.key(n), field);
		}
	}

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public boolean recognises(byte[] content) {
		try {
			String text = decode(content.length > 4096 ? java.util.Arrays.copyOf(content, 4096) : content, true);
			int end = text.indexOf('\n');
			String header = end < 0 ? text : text.substring(0, end);
			char sep = separator(header);
			List<String> cells = new ArrayList<>();
			for (String h : header.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1)) {
				cells.add(field(h.replace("\"", "").strip()));
			}
			return cells.contains("status") && cells.contains("event_time");
		}
		catch (RuntimeException e) {
			return false;
		}
	}

	private static @Nullable String fieldOrNull(String header) {
		return HEADERS.get(CsvValues.key(header));
	}

	private static String field(String header) {
		String f = fieldOrNull(header);
		return f == null ? "" : f;
	}

	@Override
	public ParseResult parse(byte[] content) {
		String text = decode(content, false);
		List<Record> records = records(text);
		if (records.isEmpty() || records.getFirst().cells().stream().allMatch(String::isBlank)) {
			throw new UnreadableFile("1", Text.of("ingest.reject.csv.empty"));
		}
		Record header = records.getFirst();
		Map<String, Integer> columns = columns(header);
		for (String required : List.of("status", "event_time")) {
			if (!columns.containsKey(required)) {
				throw new UnreadableFile("1", Text.of("ingest.reject.csv.column-missing", required));
			}
		}
		List<ParsedEvent> events = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		for (Record r : records.subList(1, records.size())) {
			if (r.cells().stream().allMatch(String::isBlank)) {
				continue;
			}
			try {
				events.add(event(r, columns));
			}
			catch (Refused e) {
				rejected.add(new Rejection(String.valueOf(r.line()), e.reason));
			}
		}
		return new ParseResult(name(), events, rejected);
	}

	private Map<String, Integer> columns(Record header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		Map<String, String> mapped = new HashMap<>();
		if (mapping != null) {
			mapping.columns().forEach((column, f) -> mapped.put(CsvValues.key(column), f));
			for (String column : mapping.columns().keySet()) {
				boolean present = header.cells().stream().anyMatch(h -> CsvValues.key(h).equals(CsvValues.key(column)));
				if (!present) {
					throw new UnreadableFile("1", Text.of("ingest.reject.csv.mapping-column", column));
				}
			}
		}
		for (int i = 0; i < header.cells().size(); i++) {
			String h = header.cells().get(i);
			String f = mapped.containsKey(CsvValues.key(h)) ? mapped.get(CsvValues.key(h)) : fieldOrNull(h);
			if (f != null) {
				columns.putIfAbsent(f, i);
			}
		}
		return columns;
	}

	private static final class Refused extends Exception {

		private final transient Text reason;

		Refused(Text reason) {
			super(null, null, false, false);
			this.reason = reason;
		}

	}

	private static ParsedEvent event(Record r, Map<String, Integer> columns) throws Refused {
		if (r.cells().size() > 1000) {
			throw new Refused(Text.of("ingest.reject.csv.too-many-cells"));
		}
		String statusText = cell(r, columns, "status");
		if (statusText.isEmpty()) {
			throw new Refused(Text.of("ingest.reject.csv.status-missing"));
		}
		TrackingStatus status = CsvValues.status(statusText);
		if (status == null) {
			throw new Refused(Text.of("ingest.reject.csv.status-unknown", statusText));
		}
		String timeText = cell(r, columns, "event_time");
		if (timeText.isEmpty()) {
			throw new Refused(Text.of("ingest.reject.csv.time-missing"));
		}
		OffsetDateTime time = CsvValues.time(timeText);
		if (time == null) {
			throw new Refused(Text.of("ingest.reject.csv.time", timeText));
		}
		Classifier classifier = Classifier.ACTUAL;
		String classifierText = cell(r, columns, "classifier");
		if (!classifierText.isEmpty()) {
			classifier = CsvValues.classifier(classifierText);
			if (classifier == null) {
				throw new Refused(Text.of("ingest.reject.csv.classifier", classifierText));
			}
		}
		TransportMode mode = null;
		String modeText = cell(r, columns, "mode");
		if (!modeText.isEmpty()) {
			mode = CsvValues.mode(modeText);
			if (mode == null) {
				throw new Refused(Text.of("ingest.reject.csv.mode", modeText));
			}
		}
		List<ParsedEvent.RawReference> refs = new ArrayList<>();
		reference(r, columns, "reference", null, refs);
		reference(r, columns, "container", ReferenceType.CONTAINER, refs);
		reference(r, columns, "booking", ReferenceType.BOOKING, refs);
		reference(r, columns, "bill_of_lading", ReferenceType.BILL_OF_LADING, refs);
		reference(r, columns, "air_waybill", ReferenceType.AIR_WAYBILL, refs);
		reference(r, columns, "tracking_number", ReferenceType.TRACKING_NUMBER, refs);
		reference(r, columns, "order", ReferenceType.ORDER, refs);
		String place = cell(r, columns, "location");
		String placeName = cell(r, columns, "location_name");
		ParsedEvent.Location location = null;
		if (!place.isEmpty() || !placeName.isEmpty()) {
			String code = place.replace(" ", "").toUpperCase(Locale.ROOT);
			if (CsvValues.isUnlocode(code)) {
				location = new ParsedEvent.Location(code, placeName.isEmpty() ? null : placeName, code.substring(0, 2));
			}
			else {
				location = new ParsedEvent.Location(null, placeName.isEmpty() ? place : placeName, null);
			}
		}
		Map<String, String> details = new LinkedHashMap<>();
		for (String f : List.of("source", "customer")) {
			String v = cell(r, columns, f);
			if (!v.isEmpty()) {
				details.put(f, v);
			}
		}
		String carrierCode = cell(r, columns, "carrier_code");
		return new ParsedEvent(String.valueOf(r.line()), blankToNull(cell(r, columns, "external_id")), status,
				carrierCode.isEmpty() ? statusText : carrierCode, blankToNull(cell(r, columns, "carrier_reason")),
				classifier, CsvValues.instant(time), CsvValues.zone(time), location, refs,
				blankToNull(cell(r, columns, "carrier")), mode, blankToNull(cell(r, columns, "retracts")), details,
				r.raw());
	}

	private static void reference(Record r, Map<String, Integer> columns, String field, @Nullable ReferenceType type,
			List<ParsedEvent.RawReference> refs) {
		String v = cell(r, columns, field);
		if (!v.isEmpty()) {
			refs.add(new ParsedEvent.RawReference(type, v));
		}
	}

	private static String cell(Record r, Map<String, Integer> columns, String field) {
		Integer i = columns.get(field);
		return i == null || i >= r.cells().size() ? "" : r.cells().get(i).strip();
	}

	private static @Nullable String blankToNull(String s) {
		return s.isEmpty() ? null : s;
	}

	/** A record: its cells, the line it starts on, its text. */
	private record Record(List<String> cells, int line, String raw) {
	}

	/**
	 * Comma, semicolon or tab: whichever the header line has most of (outside quotes).
	 */
	private static char separator(String header) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				if (c == ',') {
					commas++;
				}
				else if (c == ';') {
					semicolons++;
				}
				else if (c == '\t') {
					tabs++;
				}
			}
		}
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	private static List<Record> records(String text) {
		int end = text.indexOf('\n');
		char sep = separator(end < 0 ? text : text.substring(0, end));
		List<Record> out = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int startLine = 1;
		int start = 0;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						cell.append('"');
						i += 2;
						continue;
					}
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
				i++;
				continue;
			}
			if (c == '"' && cell.toString().isBlank()) {
				cell.setLength(0);
				quoted = true;
			}
			else if (c == sep) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				cells.add(cell.toString());
				cell.setLength(0);
				out.add(new Record(List.copyOf(cells), startLine, text.substring(start, i)));
				cells.clear();
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				line++;
				startLine = line;
				start = i + 1;
			}
			else {
				cell.append(c);
			}
			i++;
		}
		if (cell.length() > 0 || !cells.isEmpty() || quoted) {
			cells.add(cell.toString());
			out.add(new Record(List.copyOf(cells), startLine, text.substring(start)));
		}
		return out;
	}

	/** UTF-8 (a BOM dropped), else Windows-1252; {@code lenient} for a cut-off start. */
	private static String decode(byte[] content, boolean lenient) {
		int offset = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(lenient ? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException e) {
			return new String(content, offset, content.length - offset, Charset.forName("windows-1252"));
		}
	}

}
