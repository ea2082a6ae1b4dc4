package dev.deskhand.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time report CSV reads back, field for field, as a spreadsheet would read it. */
class TimeReportCsvTests {

	private final InvoiceFiles files = new RenderedInvoiceFiles(InvoiceDocuments.messages());

	@Test
	void danishCsvHasBomSemicolonsDecimalCommaAndRoundTripsQuotesSemicolonsAndLineBreaks() {
		byte[] csv = files.timeReportCsv(InvoiceDocuments.danish());

		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8), ';');
		assertThat(rows).hasSize(5);
		assertThat(rows.get(0)).containsExactly("Dato", "Start", "Slut", "Timer", "Reference", "Opgave", "Opgavetype",
				"Bemærkning");
		assertThat(rows.get(1)).containsExactly("2026-03-02", "08:30", "12:00", "3,50", "NH-1042",
				"Forsinket container fra Aarhus", "Sporing", "Ring til \"Jørgen\"; aftal ny levering");
		assertThat(rows.get(2)).containsExactly("2026-03-02", "12:30", "14:15", "1,75", "NH-1043",
				"Toldpapirer, Größe prüfen", "Told", "Dokumenter, fakturaer\nanden linje");
		assertThat(rows.get(3)).containsExactly("2026-03-03", "09:00", "17:00", "8,00", "", "", "",
				"'=SUM(A1:A9) indbakke");
		assertThat(rows.get(4).get(7)).isEqualTo("Øresund; Übergabe");
	}

	@Test
	void englishCsvUsesCommasAndDecimalPoints() {
		InvoiceDocument danish = InvoiceDocuments.danish();
		InvoiceDocument english = new InvoiceDocument("en", false, danish.number(), null, danish.issueDate(),
				danish.dueDate(), danish.periodFrom(), danish.periodTo(), danish.issuer(), danish.recipient(),
				danish.currency(), danish.lines(), danish.vat(), danish.net(), danish.vatTotal(), danish.gross(),
				danish.treatment(), "", null, danish.bank(), 14, null, "Europe/Copenhagen", danish.timeReport());
		byte[] csv = files.timeReportCsv(english);

		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		List<List<String>> rows = parse(text, ',');
		assertThat(rows.get(0)).containsExactly("Date", "Start", "End", "Hours", "Reference", "Work item", "Work type",
				"Note");
		assertThat(rows.get(2)).containsExactly("2026-03-02", "12:30", "14:15", "1.75", "NH-1043",
				"Toldpapirer, Größe prüfen", "Told", "Dokumenter, fakturaer\nanden linje");
		assertThat(text).contains("\"Toldpapirer, Größe prüfen\"").endsWith("\r\n");
	}

	@Test
	void emptyReportIsJustTheHeader() {
		byte[] csv = files.timeReportCsv(InvoiceDocuments.creditNote());

		assertThat(parse(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8), ';')).hasSize(1);
	}

	/** An RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
	static List<List<String>> parse(String csv, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		return rows;
	}

}
