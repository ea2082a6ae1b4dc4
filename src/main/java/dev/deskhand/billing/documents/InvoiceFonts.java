package dev.deskhand.billing.documents;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The one typeface of invoice files: Source Sans Pro (regular and bold, SIL Open Font
 * License), as it ships inside Mustangproject's library jar, which is on the class path
 * for the e-invoices anyway. Embedded (subset) with Unicode encoding so æøå, äöü, ß, €
 * and § render and extract on any machine, and as PDF/A requires; no system font is read.
 */
final class InvoiceFonts {

	static final String REGULAR = "fonts/SourceSansPro-Regular.ttf";

	static final String BOLD = "fonts/SourceSansPro-Bold.ttf";

	private static final byte[] REGULAR_BYTES = read(REGULAR);

	private static final byte[] BOLD_BYTES = read(BOLD);

	static final Color GREY = new Color(0x55, 0x55, 0x55);

	final Font body;

	final Font small;

	final Font smallGrey;

	final Font bold;

	final Font smallBold;

	final Font title;

	InvoiceFonts() {
		BaseFont regular = font("SourceSansPro-Regular.ttf", REGULAR_BYTES);
		BaseFont strong = font("SourceSansPro-Bold.ttf", BOLD_BYTES);
		this.body = new Font(regular, 9.5f);
		this.small = new Font(regular, 8f);
		this.smallGrey = new Font(regular, 8f, Font.NORMAL, GREY);
		this.bold = new Font(strong, 9.5f);
		this.smallBold = new Font(strong, 8f);
		this.title = new Font(strong, 18f);
	}

	private static BaseFont font(String name, byte[] bytes) {
		try {
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] read(String resource) {
		try (InputStream in = InvoiceFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(
						"Font " + resource + " is not on the class path (Mustangproject's jar)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
