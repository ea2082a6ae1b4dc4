package dev.deskhand.audit.internal;

import dev.deskhand.audit.AuditEntryView;
import dev.deskhand.audit.AuditLog.ExportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes entries as JSON Lines (one {@link AuditEntryView} object per line, for machines
 * and offline checks) or as CSV (RFC 4180, for spreadsheets: a text cell that a
 * spreadsheet would run as a formula gets a leading apostrophe).
 */
@Component
public class EntryExport {

	static final String CSV_HEADER = "id,seq,occurred_at,actor_kind,actor_id,actor_name,subject_type,subject_id,action,"
			+ "before_digest,after_digest,summary,prev_mac,mac";

	private final JsonMapper json;

	EntryExport(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Writes every entry of {@code entries} in order, then flushes; does not close
	 * {@code out}.
	 */
	public long write(Stream<ChainEntry> entries, ExportFormat format, Writer out) {
		try {
			if (format == ExportFormat.CSV) {
				out.write(CSV_HEADER + "\r\n");
			}
			long count = 0;
			for (ChainEntry e : (Iterable<ChainEntry>) entries::iterator) {
				out.write(format == ExportFormat.CSV ? csv(e.view()) : json.writeValueAsString(e.view()) + "\n");
				count++;
			}
			out.flush();
			return count;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the audit export", e);
		}
	}

	static String csv(AuditEntryView e) {
		return String.join(",", cell(e.id()), cell(e.seq()), cell(e.occurredAt()), cell(e.actorKind()),
				cell(e.actorId()), text(e.actorName()), text(e.subjectType()), text(e.subjectId()), cell(e.action()),
				cell(e.beforeDigest()), cell(e.afterDigest()), text(e.summary()), cell(e.prevMac()), cell(e.mac()))
				+ "\r\n";
	}

	private static String cell(@Nullable Object value) {
		return value == null ? "" : quote(value.toString());
	}

	/** Free text: defused against formula injection, then quoted. */
	private static String text(String value) {
		boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
		return quote(formula ? "'" + value : value);
	}

	private static String quote(String value) {
		Objects.requireNonNull(value);
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
