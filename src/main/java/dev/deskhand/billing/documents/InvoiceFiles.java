package dev.deskhand.billing.documents;

/**
 * Turns an {@link InvoiceDocument} into its files. Pure: no database, no clock; every
 * method returns a new non-null array and is safe to call from several threads.
 */
public interface InvoiceFiles {

	/**
	 * The invoice (or credit note) as PDF, the time report on the pages after it; for
	 * {@code withEInvoice} a ZUGFeRD / Factur-X PDF/A-3 with the EN 16931 XML embedded.
	 * Every invoice PDF is PDF/A-3b; a draft (blank number) is titled as a draft.
	 * @throws IllegalArgumentException for {@code withEInvoice} on a draft (no number)
	 */
	byte[] pdf(InvoiceDocument invoice, boolean withEInvoice);

	/**
	 * The time report as CSV (UTF-8 with BOM, semicolon-separated in da/de, comma in en).
	 */
	byte[] timeReportCsv(InvoiceDocument invoice);

	/**
	 * The XRechnung XML (CII syntax) of the invoice. XRechnung requires the issuer's
	 * phone (BR-DE-6): without one the XML is still written but does not validate.
	 * @throws IllegalArgumentException for a draft (no number)
	 */
	byte[] xrechnung(InvoiceDocument invoice);

}
