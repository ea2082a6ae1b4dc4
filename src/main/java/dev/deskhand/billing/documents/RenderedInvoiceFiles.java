package dev.deskhand.billing.documents;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invoice files: the PDF and the time report CSV with OpenPDF and the bundles'
 * {@code billing.pdf.*} labels; the e-invoices (ZUGFeRD EN 16931, XRechnung CII) with
 * Mustangproject.
 */
@Component
class RenderedInvoiceFiles implements InvoiceFiles {

	private final InvoicePdf pdf;

	private final TimeReportCsv csv;

	private final EInvoices eInvoices;

	RenderedInvoiceFiles(MessageSource messages) {
		new InvoiceFonts(); // fails at start, not at the first invoice, if the font is
							// gone
		this.pdf = new InvoicePdf(messages);
		this.csv = new TimeReportCsv(messages);
		this.eInvoices = new EInvoices(messages);
	}

	@Override
	public byte[] pdf(InvoiceDocument invoice, boolean withEInvoice) {
		byte[] rendered = pdf.render(invoice);
		return withEInvoice ? eInvoices.zugferd(rendered, invoice) : rendered;
	}

	@Override
	public byte[] timeReportCsv(InvoiceDocument invoice) {
		return csv.render(invoice);
	}

	@Override
	public byte[] xrechnung(InvoiceDocument invoice) {
		return eInvoices.xrechnung(invoice);
	}

}
