package dev.deskhand.parties.internal;

import dev.deskhand.parties.ImportRefused;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the parties CSV: a header line naming the columns (English, Danish or German
 * names), then one line per party or contact. Fields are separated by semicolons or
 * commas (whichever the header has more of) and may be quoted with {@code "}, doubling a
 * quote inside. UTF-8 (with or without BOM); bytes that are not UTF-8 are read as
 * Windows-1252, as older spreadsheets save them.
 */
final class PartyCsv {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_ROWS = 5000;

	/** Column names as people write them, to the one name the import uses. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("kind", "kind"),
			Map.entry("type", "kind"), Map.entry("art", "kind"), Map.entry("typ", "kind"), Map.entry("name", "name"),
			Map.entry("navn", "name"), Map.entry("language", "language"), Map.entry("sprog", "language"),
			Map.entry("sprache", "language"), Map.entry("domain", "domains"), Map.entry("domains", "domains"),
			Map.entry("domain(s)", "domains"), Map.entry("domæne", "domains"), Map.entry("domæner", "domains"),
			Map.entry("domäne", "domains"), Map.entry("domänen", "domains"), Map.entry("contact name", "contactName"),
			Map.entry("contact", "contactName"), Map.entry("kontakt", "contactName"),
			Map.entry("kontaktperson", "contactName"), Map.entry("kontaktnavn", "contactName"),
			Map.entry("ansprechpartner", "contactName"), Map.entry("contact email", "contactEmail"),
			Map.entry("contact e mail", "contactEmail"), Map.entry("email", "contactEmail"),
			Map.entry("e mail", "contactEmail"), Map.entry("kontakt email", "contactEmail"),
			Map.entry("kontakt e mail", "contactEmail"), Map.entry("contact phone", "contactPhone"),
			Map.entry("phone", "contactPhone"), Map.entry("telefon", "contactPhone"),
			Map.entry("kontakt telefon", "contactPhone"), Map.entry("contact language", "contactLanguage"),
			Map.entry("kontakt sprog", "contactLanguage"), Map.entry("kontakt sprache", "contactLanguage"),
			Map.entry("account refs", "accountRefs"), Map.entry("account references", "accountRefs"),
			Map.entry("accounts", "accountRefs"), Map.entry("kundenummer", "accountRefs"),
			Map.entry("kundennummer", "accountRefs"), Map.entry("notes", "notes"), Map.entry("noter", "notes"),
			Map.entry("notizen", "notes"));

	/** One data line: its number in the file (the header is line 1) and its fields. */
	record Row(int line, Map<String, String> values) {
		String get(String column) {
			return values.getOrDefault(column, "").strip();
		}
	}

	private PartyCsv() {
	}

	static List<Row> parse(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new ImportRefused(1, "The file is larger than 2 MB", "parties.import.tooLarge");
		}
		List<Record> records = records(text(bytes));
		if (records.isEmpty()) {
			throw new ImportRefused(1, "The file is empty", "parties.import.empty");
		}
		if (records.size() > MAX_ROWS + 1) {
			throw new ImportRefused(MAX_ROWS + 2, "At most 5000 lines", "parties.import.tooLarge");
		}
		List<String> header = new ArrayList<>();
		for (String h : records.getFirst().fields()) {
			String key = h.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
			String column = COLUMNS.get(key);
			if (column == null) {
				throw new ImportRefused(1, "Unknown column: " + h.strip(), "parties.import.column");
			}
			header.add(column);
		}
		if (!header.contains("kind") || !header.contains("name")) {
			throw new ImportRefused(1, "The header needs the columns kind and name", "parties.import.header");
		}
		List<Row> rows = new ArrayList<>();
		for (Record r : records.subList(1, records.size())) {
			if (r.fields().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (r.fields().size() > header.size()) {
				throw new ImportRefused(r.line(), "More fields than the header has columns", "parties.import.fields");
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < r.fields().size(); i++) {
				values.merge(header.get(i), r.fields().get(i), (a, b) -> a + " " + b);
			}
			rows.add(new Row(r.line(), values));
		}
		return rows;
	}

	private record Record(int line, List<String> fields) {
	}

	private static String text(byte[] bytes) {
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
				&& (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(buffer)
				.toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
		}
	}

	/** Splits into records, honouring quotes (which may span lines). */
	private static List<Record> records(String text) {
		char delimiter = delimiter(text);
		List<Record> out = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				field.setLength(0);
				quoted = true;
			}
			else if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				field.setLength(0);
				out.add(new Record(recordLine, List.copyOf(fields)));
				fields.clear();
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new ImportRefused(recordLine, "A quote is not closed", "parties.import.quote");
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			out.add(new Record(recordLine, List.copyOf(fields)));
		}
		return out;
	}

	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		long semicolons = header.chars().filter(c -> c == ';').count();
		long commas = header.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

}
