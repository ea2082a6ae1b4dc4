package dev.deskhand.billing.documents;

import dev.deskhand.billing.documents.InvoiceDocument.TimeRow;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;

/**
 * The time report as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads
 * æøå), RFC 4180 quoting and CRLF line ends; in da/de separated by {@code ;} with a
 * decimal comma, in en by {@code ,} with a decimal point. One row per entry, by day and
 * start; dates ISO ({@code 2026-03-02}, read as dates by every spreadsheet), times
 * {@code HH:mm} in the invoice's time zone, hours with two decimals and no grouping. A
 * text cell that a spreadsheet would run as a formula ({@code = + - @}) gets a leading
 * apostrophe.
 */
final class TimeReportCsv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final String[] HEADERS = { "date", "start", "end", "hours", "item-reference", "item", "work-type",
			"note" };

	private final MessageSource messages;

	TimeReportCsv(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(InvoiceDocument invoice) {
		InvoiceLabels labels = new InvoiceLabels(messages, invoice.language());
		boolean comma = labels.decimalComma();
		char separator = comma ? ';' : ',';
		StringBuilder csv = new StringBuilder();
		String[] headers = new String[HEADERS.length];
		for (int i = 0; i < HEADERS.length; i++) {
			headers[i] = labels.text("report." + HEADERS[i]);
		}
		append(csv, separator, List.of(headers));
		TimeReport.byDay(invoice.timeReport())
			.values()
			.forEach(day -> day.forEach(row -> append(csv, separator, fields(row, comma))));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(BOM);
		out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static List<String> fields(TimeRow row, boolean comma) {
		String hours = row.hours().setScale(2, RoundingMode.HALF_UP).toPlainString();
		return List.of(row.date().toString(), hhmm(row.start()), hhmm(row.end()),
				comma ? hours.replace('.', ',') : hours, text(row.itemReference()), text(row.itemTitle()),
				text(row.workType()), text(row.note()));
	}

	private static String hhmm(java.time.LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	/** A text cell, defused when a spreadsheet would read it as a formula. */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}

	private static void append(StringBuilder csv, char separator, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(separator);
			}
			csv.append(quoted(fields.get(i), separator));
		}
		csv.append("\r\n");
	}

	/**
	 * RFC 4180: quoted when it holds the separator, a quote or a line break; quotes
	 * doubled.
	 */
	static String quoted(String field, char separator) {
		if (field.indexOf(separator) < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
				&& field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

}
