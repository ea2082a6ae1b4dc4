package dev.deskhand.billing.documents;

import dev.deskhand.billing.documents.InvoiceDocument.Party;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The recipient (left) and the issuer with its logo (right): full names and addresses,
 * country, VAT number (CVR-/SE-nr. for a Danish party) and German Steuernummer, contact.
 */
final class PartyBlocks {

	private static final float LOGO_WIDTH = 150;

	private static final float LOGO_HEIGHT = 60;

	private final InvoiceDocument invoice;

	private final InvoiceLabels labels;

	private final InvoiceFonts fonts;

	PartyBlocks(InvoiceDocument invoice, InvoiceLabels labels, InvoiceFonts fonts) {
		this.invoice = invoice;
		this.labels = labels;
		this.fonts = fonts;
	}

	PdfPTable table() {
		PdfPTable table = PdfCells.table(1, 1);
		table.addCell(block(invoice.recipient(), labels.text("recipient"), null, Element.ALIGN_LEFT));
		table.addCell(block(invoice.issuer(), labels.text("issuer"), logo(), Element.ALIGN_RIGHT));
		return table;
	}

	private PdfPCell block(Party party, String heading, @Nullable Image logo, int alignment) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(alignment);
		if (logo != null) {
			logo.setAlignment(alignment == Element.ALIGN_RIGHT ? Image.RIGHT : Image.LEFT);
			cell.addElement(logo);
		}
		cell.addElement(line(heading, fonts.smallGrey, alignment));
		cell.addElement(line(party.name(), fonts.bold, alignment));
		for (String address : party.address()) {
			cell.addElement(line(address, fonts.body, alignment));
		}
		cell.addElement(line(labels.country(party.country()), fonts.body, alignment));
		if (party.vatNumber() != null && !party.vatNumber().isBlank()) {
			String label = labels.text("DK".equals(party.country()) ? "vat-id.dk" : "vat-id");
			cell.addElement(line(label + " " + party.vatNumber(), fonts.body, alignment));
		}
		if (party.taxNumber() != null && !party.taxNumber().isBlank()) {
			cell.addElement(line(labels.text("tax-number") + " " + party.taxNumber(), fonts.body, alignment));
		}
		if (party.email() != null && !party.email().isBlank()) {
			cell.addElement(line(labels.text("email") + " " + party.email(), fonts.small, alignment));
		}
		if (party.phone() != null && !party.phone().isBlank()) {
			cell.addElement(line(labels.text("phone") + " " + party.phone(), fonts.small, alignment));
		}
		return cell;
	}

	private Paragraph line(String text, org.openpdf.text.Font font, int alignment) {
		Paragraph paragraph = new Paragraph(new Phrase(new Chunk(text, font)));
		paragraph.setAlignment(alignment);
		paragraph.setLeading(font.getSize() * 1.25f);
		return paragraph;
	}

	/**
	 * The issuer's logo scaled to fit, or null (none, or not an image Java reads).
	 * Redrawn as an opaque RGB PNG on white at most 600 pixels wide: PDF/A as OpenPDF
	 * writes it allows no soft mask (transparency) and no CMYK next to the sRGB output
	 * intent.
	 */
	private @Nullable Image logo() {
		byte[] bytes = invoice.logo();
		if (bytes == null || bytes.length == 0) {
			return null;
		}
		try {
			BufferedImage source = ImageIO.read(new ByteArrayInputStream(bytes));
			if (source == null) {
				return null;
			}
			double scale = Math.min(1, 600.0 / source.getWidth());
			int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
			int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
			BufferedImage opaque = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = opaque.createGraphics();
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
			graphics.dispose();
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(opaque, "png", png);
			Image image = Image.getInstance(png.toByteArray());
			image.scaleToFit(LOGO_WIDTH, LOGO_HEIGHT);
			image.setSpacingAfter(6);
			return image;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
