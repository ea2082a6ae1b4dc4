package dev.deskhand.billing.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;

/**
 * The invoice PDF: the invoice page(s), then the time report on the pages after it; a
 * PDF/A-3b document (fonts embedded, sRGB output intent, XMP metadata) so the same file
 * carries the ZUGFeRD XML when Mustang attaches it.
 */
final class InvoicePdf {

	private final MessageSource messages;

	InvoicePdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(InvoiceDocument invoice) {
		InvoiceLabels labels = new InvoiceLabels(messages, invoice.language());
		InvoiceFonts fonts = new InvoiceFonts();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 45, 55);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
		writer.setPDFXConformance(PdfWriter.PDFA3B);
		String title = InvoicePages.title(invoice, labels);
		document.addTitle(title);
		document.addAuthor(invoice.issuer().name());
		document.addSubject(invoice.recipient().name());
		document.addCreator("Deskhand");
		writer.setPageEvent(new Footer(title, labels, fonts));
		document.open();
		try {
			writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
					ICC_Profile.getInstance(ColorSpace.CS_sRGB));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		new InvoicePages(invoice, labels, fonts).addTo(document);
		document.newPage();
		new TimeReportPages(invoice, labels, fonts).addTo(document);
		writer.createXmpMetadata();
		document.close();
		return out.toByteArray();
	}

	/** The invoice's title and number and the page number at the foot of every page. */
	private static final class Footer extends PdfPageEventHelper {

		private final String title;

		private final InvoiceLabels labels;

		private final InvoiceFonts fonts;

		Footer(String title, InvoiceLabels labels, InvoiceFonts fonts) {
			this.title = title;
			this.labels = labels;
			this.fonts = fonts;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			String text = title + " · " + labels.text("page", writer.getPageNumber());
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(text, fonts.smallGrey), (document.left() + document.right()) / 2, document.bottom() - 25,
					0);
		}

	}

}
