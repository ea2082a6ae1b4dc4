package dev.deskhand.billing.documents;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Table cells of the invoice files: borderless, every one with an embedded font (a cell
 * without one would fall back to Helvetica, which is not embedded and breaks PDF/A).
 */
final class PdfCells {

	private PdfCells() {
	}

	static PdfPTable table(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		return table;
	}

	static PdfPCell left(String text, Font font) {
		return cell(text, font, Element.ALIGN_LEFT);
	}

	static PdfPCell right(String text, Font font) {
		return cell(text, font, Element.ALIGN_RIGHT);
	}

	static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(alignment);
		cell.setPaddingTop(2);
		cell.setPaddingBottom(3);
		return cell;
	}

	/** A header cell: bold with a rule below. */
	static PdfPCell head(String text, Font font, int alignment) {
		PdfPCell cell = cell(text, font, alignment);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderWidthBottom(0.8f);
		return cell;
	}

	/** A cell with a thin rule above (sums). */
	static PdfPCell ruled(String text, Font font, int alignment) {
		PdfPCell cell = cell(text, font, alignment);
		cell.setBorder(Rectangle.TOP);
		cell.setBorderWidthTop(0.5f);
		return cell;
	}

	static PdfPCell span(PdfPCell cell, int columns) {
		cell.setColspan(columns);
		return cell;
	}

}
