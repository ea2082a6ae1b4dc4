package dev.deskhand.billing.documents;

import static dev.deskhand.billing.documents.PdfCells.left;
import static dev.deskhand.billing.documents.PdfCells.right;
import static dev.deskhand.billing.documents.PdfCells.ruled;
import static dev.deskhand.billing.documents.PdfCells.span;

import dev.deskhand.billing.documents.InvoiceDocument.VatLine;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The totals under the lines: net, the VAT of each category and rate on its base (with
 * the exemption reason where no VAT is charged), the VAT total and the amount due or
 * credited.
 */
final class InvoiceTotals {

	private final InvoiceDocument invoice;

	private final InvoiceLabels labels;

	private final InvoiceFonts fonts;

	InvoiceTotals(InvoiceDocument invoice, InvoiceLabels labels, InvoiceFonts fonts) {
		this.invoice = invoice;
		this.labels = labels;
		this.fonts = fonts;
	}

	PdfPTable table() {
		PdfPTable table = PdfCells.table(4.5f, 1.7f);
		table.setWidthPercentage(70);
		table.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.setSpacingBefore(6);
		String currency = invoice.currency();
		table.addCell(ruled(labels.text("net"), fonts.body, Element.ALIGN_LEFT));
		table.addCell(ruled(labels.amount(invoice.net(), currency), fonts.body, Element.ALIGN_RIGHT));
		for (VatLine vat : invoice.vat()) {
			String label = labels.text("vat-line", labels.text("category." + vat.category()), labels.rate(vat.rate()),
					labels.amount(vat.base(), currency));
			table.addCell(left(label, fonts.body));
			table.addCell(right(labels.amount(vat.amount(), currency), fonts.body));
			if (vat.exemptionReason() != null && !vat.exemptionReason().isBlank()
					&& !label.startsWith(vat.exemptionReason())) {
				table.addCell(span(left(vat.exemptionReason(), fonts.smallGrey), 2));
			}
		}
		table.addCell(left(labels.text("vat-total"), fonts.body));
		table.addCell(right(labels.amount(invoice.vatTotal(), currency), fonts.body));
		table.addCell(
				ruled(labels.text(invoice.creditNote() ? "credit-total" : "gross"), fonts.bold, Element.ALIGN_LEFT));
		table.addCell(ruled(labels.amount(invoice.gross(), currency), fonts.bold, Element.ALIGN_RIGHT));
		return table;
	}

}
