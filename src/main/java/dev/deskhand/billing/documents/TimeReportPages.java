package dev.deskhand.billing.documents;

import static dev.deskhand.billing.documents.PdfCells.head;
import static dev.deskhand.billing.documents.PdfCells.left;
import static dev.deskhand.billing.documents.PdfCells.right;
import static dev.deskhand.billing.documents.PdfCells.ruled;
import static dev.deskhand.billing.documents.PdfCells.span;

import dev.deskhand.billing.documents.InvoiceDocument.TimeRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The time report after the invoice: the entries by day (in the invoice's time zone) with
 * their work item, a total per day and the grand total.
 */
final class TimeReportPages {

	private static final int COLUMNS = 6;

	private final InvoiceDocument invoice;

	private final InvoiceLabels labels;

	private final InvoiceFonts fonts;

	TimeReportPages(InvoiceDocument invoice, InvoiceLabels labels, InvoiceFonts fonts) {
		this.invoice = invoice;
		this.labels = labels;
		this.fonts = fonts;
	}

	void addTo(Document document) {
		document.add(new Paragraph(labels.text("report.title"), fonts.title));
		String period = labels.date(invoice.periodFrom()) + " – " + labels.date(invoice.periodTo());
		document.add(new Paragraph(
				labels.text("report.subtitle", InvoicePages.title(invoice, labels), period, invoice.timeZone()),
				fonts.body));
		document.add(new Paragraph(invoice.issuer().name() + " → " + invoice.recipient().name(), fonts.body));
		if (invoice.timeReport().isEmpty()) {
			Paragraph none = new Paragraph(labels.text("report.empty"), fonts.body);
			none.setSpacingBefore(12);
			document.add(none);
			return;
		}
		document.add(entries());
		document.add(byItem());
	}

	private PdfPTable byItem() {
		PdfPTable table = PdfCells.table(9, 0.9f);
		table.setSpacingBefore(16);
		table.setKeepTogether(true);
		table.addCell(head(labels.text("report.by-item"), fonts.smallBold, Element.ALIGN_LEFT));
		table.addCell(head(labels.text("report.hours"), fonts.smallBold, Element.ALIGN_RIGHT));
		for (Map.Entry<String, BigDecimal> item : TimeReport.byItem(invoice.timeReport()).entrySet()) {
			String name = item.getKey().isEmpty() ? labels.text("report.no-item") : item.getKey();
			table.addCell(left(name, fonts.small));
			table.addCell(right(labels.number(item.getValue()), fonts.small));
		}
		return table;
	}

	private PdfPTable entries() {
		PdfPTable table = PdfCells.table(1.1f, 0.9f, 3.2f, 1.3f, 2.6f, 0.9f);
		table.setSpacingBefore(12);
		table.setHeaderRows(1);
		table.addCell(head(labels.text("report.time"), fonts.smallBold, Element.ALIGN_LEFT));
		table.addCell(head("", fonts.smallBold, Element.ALIGN_LEFT));
		table.addCell(head(labels.text("report.item"), fonts.smallBold, Element.ALIGN_LEFT));
		table.addCell(head(labels.text("report.work-type"), fonts.smallBold, Element.ALIGN_LEFT));
		table.addCell(head(labels.text("report.note"), fonts.smallBold, Element.ALIGN_LEFT));
		table.addCell(head(labels.text("report.hours"), fonts.smallBold, Element.ALIGN_RIGHT));
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<LocalDate, List<TimeRow>> day : TimeReport.byDay(invoice.timeReport()).entrySet()) {
			table.addCell(span(left(labels.day(day.getKey()), fonts.smallBold), COLUMNS));
			BigDecimal dayTotal = BigDecimal.ZERO;
			for (TimeRow row : day.getValue()) {
				table.addCell(left(labels.time(row.start()) + "–" + labels.time(row.end()), fonts.small));
				table.addCell(left(orEmpty(row.itemReference()), fonts.small));
				table.addCell(left(orEmpty(row.itemTitle()), fonts.small));
				table.addCell(left(orEmpty(row.workType()), fonts.small));
				table.addCell(left(orEmpty(row.note()), fonts.small));
				table.addCell(right(labels.number(row.hours()), fonts.small));
				dayTotal = dayTotal.add(row.hours());
			}
			table.addCell(span(right(labels.text("report.day-total", labels.day(day.getKey())), fonts.smallGrey),
					COLUMNS - 1));
			table.addCell(right(labels.number(dayTotal), fonts.smallBold));
			total = total.add(dayTotal);
		}
		table.addCell(span(ruled(labels.text("report.total"), fonts.bold, Element.ALIGN_LEFT), COLUMNS - 1));
		table.addCell(ruled(labels.number(total), fonts.bold, Element.ALIGN_RIGHT));
		return table;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

}
