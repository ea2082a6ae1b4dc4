package dev.deskhand.billing.documents;

import static dev.deskhand.billing.documents.PdfCells.head;
import static dev.deskhand.billing.documents.PdfCells.left;
import static dev.deskhand.billing.documents.PdfCells.right;
import static dev.deskhand.billing.documents.PdfCells.span;
import static dev.deskhand.billing.documents.PdfCells.table;

import dev.deskhand.billing.documents.InvoiceDocument.Line;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The invoice page(s): parties, the invoice's data, lines, VAT per rate, totals, the VAT
 * note and how to pay; with what § 58 of the Danish momsbekendtgørelse and § 14 (4) UStG
 * require (numbers of both parties, sequential number, dates, service period, quantity
 * and nature, net per rate, rate and VAT amount, the exemption or reverse-charge note).
 */
final class InvoicePages {

	private final InvoiceDocument invoice;

	private final InvoiceLabels labels;

	private final InvoiceFonts fonts;

	InvoicePages(InvoiceDocument invoice, InvoiceLabels labels, InvoiceFonts fonts) {
		this.invoice = invoice;
		this.labels = labels;
		this.fonts = fonts;
	}

	/** "Invoice 2026-0001", "Kreditnota 2026-0002" or "Entwurf" for a draft. */
	static String title(InvoiceDocument invoice, InvoiceLabels labels) {
		if (invoice.number().isBlank()) {
			return labels.text(invoice.creditNote() ? "draft.credit-note" : "draft");
		}
		return labels.text(invoice.creditNote() ? "credit-note" : "invoice") + " " + invoice.number();
	}

	void addTo(Document document) {
		document.add(new PartyBlocks(invoice, labels, fonts).table());
		document.add(spacer(14));
		document.add(details());
		document.add(spacer(14));
		document.add(lines());
		document.add(new InvoiceTotals(invoice, labels, fonts).table());
		String note = invoice.vatNote().isBlank() ? fallbackNote() : invoice.vatNote();
		if (!note.isBlank()) {
			document.add(paragraph(note, fonts.bold, 12));
		}
		document.add(paragraph(payment(), fonts.body, 10));
		if (invoice.bank() != null) {
			document.add(paragraph(bank(invoice.bank()), fonts.body, 2));
		}
	}

	private PdfPTable details() {
		PdfPTable table = table(1, 1.6f);
		table.setWidthPercentage(60);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		PdfPCell heading = left(title(invoice, labels), fonts.title);
		table.addCell(span(heading, 2));
		if (invoice.credits() != null) {
			table.addCell(span(left(labels.text("credits", invoice.credits()), fonts.bold), 2));
		}
		row(table, invoice.creditNote() ? "credit-date" : "issue-date", labels.date(invoice.issueDate()));
		if (!invoice.creditNote()) {
			row(table, "due-date", labels.date(invoice.dueDate()));
		}
		row(table, "period", labels.date(invoice.periodFrom()) + " – " + labels.date(invoice.periodTo()));
		if (invoice.buyerReference() != null && !invoice.buyerReference().isBlank()) {
			row(table, "buyer-reference", invoice.buyerReference());
		}
		return table;
	}

	private void row(PdfPTable table, String key, String value) {
		table.addCell(left(labels.text(key), fonts.body));
		table.addCell(left(value, fonts.body));
	}

	private PdfPTable lines() {
		PdfPTable table = table(4.8f, 1f, 0.9f, 1.9f, 0.8f, 1.8f);
		table.setHeaderRows(1);
		table.addCell(head(labels.text("description"), fonts.bold, Element.ALIGN_LEFT));
		table.addCell(head(labels.text("quantity"), fonts.bold, Element.ALIGN_RIGHT));
		table.addCell(head(labels.text("unit"), fonts.bold, Element.ALIGN_LEFT));
		table.addCell(head(labels.text("unit-price", invoice.currency()), fonts.bold, Element.ALIGN_RIGHT));
		table.addCell(head(labels.text("vat-rate"), fonts.bold, Element.ALIGN_RIGHT));
		table.addCell(head(labels.text("amount", invoice.currency()), fonts.bold, Element.ALIGN_RIGHT));
		for (Line line : invoice.lines()) {
			table.addCell(left(line.description(), fonts.body));
			table.addCell(right(labels.quantity(line.quantity(), line.unit()), fonts.body));
			table.addCell(left(labels.text("unit." + line.unit()), fonts.body));
			table.addCell(right(labels.number(line.unitPrice()), fonts.body));
			table.addCell(right(labels.rate(line.vatRate()) + " %", fonts.body));
			table.addCell(right(labels.number(line.net()), fonts.body));
		}
		return table;
	}

	private String fallbackNote() {
		return switch (invoice.treatment()) {
			case DOMESTIC_DK, DOMESTIC_DE -> "";
			default -> labels.text("note." + invoice.treatment().name());
		};
	}

	private String payment() {
		String amount = labels.amount(invoice.gross(), invoice.currency());
		if (invoice.creditNote()) {
			return labels.text("credit-payment", amount);
		}
		String reference = invoice.number().isBlank() ? "" : " " + labels.text("payment-reference", invoice.number());
		return labels.text("payment", amount, labels.date(invoice.dueDate()), invoice.paymentDays()) + reference;
	}

	private String bank(InvoiceDocument.Bank bank) {
		StringBuilder text = new StringBuilder();
		if (bank.bankName() != null && !bank.bankName().isBlank()) {
			text.append(labels.text("bank")).append(": ").append(bank.bankName()).append(" · ");
		}
		text.append("IBAN: ").append(bank.iban());
		if (bank.bic() != null && !bank.bic().isBlank()) {
			text.append(" · BIC: ").append(bank.bic());
		}
		return text.toString();
	}

	private Paragraph paragraph(String text, org.openpdf.text.Font font, float before) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setSpacingBefore(before);
		return paragraph;
	}

	private Paragraph spacer(float height) {
		Paragraph spacer = new Paragraph(" ", fonts.small);
		spacer.setSpacingBefore(height - 8);
		return spacer;
	}

}
