package dev.deskhand.billing.documents;

import dev.deskhand.billing.documents.InvoiceDocument.Bank;
import dev.deskhand.billing.documents.InvoiceDocument.Line;
import dev.deskhand.billing.documents.InvoiceDocument.Party;
import dev.deskhand.billing.documents.InvoiceDocument.TimeRow;
import dev.deskhand.billing.documents.InvoiceDocument.VatLine;
import dev.deskhand.billing.documents.InvoiceDocument.VatTreatment;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Realistic invoices as lane IN computes them: a Danish assistant billing a Danish client
 * (DKK, 25 %), the same assistant billing a German client (EUR, reverse charge), a German
 * small business (§ 19 UStG) billing a German client, and a credit note.
 */
final class InvoiceDocuments {

	static final Party KATRINE = new Party("Katrine Ærø Søndergaard",
			List.of("Østerbrogade 117, 2. tv.", "2100 København Ø"), "DK", "DK12345678", null,
			"katrine@aeroe-assist.dk", "+45 20 30 40 50");

	static final Party NORDHAVN = new Party("Nordhavn Logistik ApS",
			List.of("Ørestads Boulevard 73", "2300 København S"), "DK", "DK87654321", null, "faktura@nordhavn.dk",
			null);

	static final Party ELBTAL = new Party("Elbtal Spedition GmbH", List.of("Königsbrücker Straße 12", "01099 Dresden"),
			"DE", "DE123456789", null, "rechnungen@elbtal.de", null);

	static final Party JUERGEN = new Party("Jürgen Weiß Büroservice", List.of("Große Straße 5", "20095 Hamburg"), "DE",
			null, "22/815/08154", "juergen@weiss-bueroservice.de", "+49 40 1234567");

	static final Party MUELLER = new Party("Müller & Söhne GmbH",
			List.of("Äußere Sulzbacher Straße 8", "90491 Nürnberg"), "DE", "DE987654321", null,
			"buchhaltung@mueller-soehne.de", null);

	static final String SMALL_BUSINESS_NOTE = "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.";

	private InvoiceDocuments() {
	}

	static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** Katrine → Nordhavn, DKK, 25 %: a rate change mid-month splits the hours. */
	static InvoiceDocument danish() {
		List<Line> lines = List.of(
				line("Virtuel assistance 1.–15. marts (timer)", "13.25", "HUR", "450.00", "5962.50", "S", "25"),
				line("Virtuel assistance 16.–31. marts (timer)", "3.25", "HUR", "475.00", "1543.75", "S", "25"));
		List<VatLine> vat = List
			.of(new VatLine("S", new BigDecimal("25.00"), new BigDecimal("7506.25"), new BigDecimal("1876.56"), null));
		return new InvoiceDocument("da", false, "2026-0001", null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15),
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), KATRINE, NORDHAVN, "DKK", lines, vat,
				new BigDecimal("7506.25"), new BigDecimal("1876.56"), new BigDecimal("9382.81"),
				VatTreatment.DOMESTIC_DK, "", "PO-4711", bank(), 14, logo(BufferedImage.TYPE_INT_RGB),
				"Europe/Copenhagen", timeRows());
	}

	/** Katrine → Elbtal, EUR, reverse charge: both VAT numbers, the note in German. */
	static InvoiceDocument reverseCharge() {
		List<Line> lines = List.of(
				line("Virtuelle Assistenz März 2026 (Stunden)", "16.50", "HUR", "55.00", "907.50", "AE", "0"),
				line("Rückfragen an Spediteure (Aufgaben)", "3", "C62", "12.50", "37.50", "AE", "0"));
		List<VatLine> vat = List.of(new VatLine("AE", BigDecimal.ZERO, new BigDecimal("945.00"), new BigDecimal("0.00"),
				"Steuerschuldnerschaft des Leistungsempfängers"));
		return new InvoiceDocument("de", false, "2026-0002", null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15),
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), KATRINE, ELBTAL, "EUR", lines, vat,
				new BigDecimal("945.00"), new BigDecimal("0.00"), new BigDecimal("945.00"),
				VatTreatment.REVERSE_CHARGE_EU,
				"Steuerschuldnerschaft des Leistungsempfängers: Der Leistungsempfänger schuldet die Umsatzsteuer.",
				"04011000-1234512345-06", bank(), 14, logo(BufferedImage.TYPE_INT_ARGB), "Europe/Berlin", timeRows());
	}

	/** Jürgen (§ 19 UStG) → Müller & Söhne, EUR, no VAT, with the note. */
	static InvoiceDocument smallBusiness() {
		List<Line> lines = List
			.of(line("Büroservice Februar 2026 (Stunden)", "16.50", "HUR", "38.00", "627.00", "E", "0"));
		List<VatLine> vat = List.of(new VatLine("E", BigDecimal.ZERO, new BigDecimal("627.00"), new BigDecimal("0.00"),
				"Kleinunternehmer gemäß § 19 UStG"));
		return new InvoiceDocument("de", false, "2026-0007", null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16),
				LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), JUERGEN, MUELLER, "EUR", lines, vat,
				new BigDecimal("627.00"), new BigDecimal("0.00"), new BigDecimal("627.00"),
				VatTreatment.SMALL_BUSINESS_DE, SMALL_BUSINESS_NOTE, "Kostenstelle 12",
				new Bank("Hamburger Sparkasse", "DE02200505501015871393", "HASPDEHHXXX"), 14, null, "Europe/Berlin",
				timeRows());
	}

	/**
	 * A British assistant not registered for VAT billing Elbtal: outside the scope (O),
	 * no VAT numbers in the e-invoice.
	 */
	static InvoiceDocument outsideScope() {
		Party oliver = new Party("Oliver O'Brien Virtual Office Ltd", List.of("12 Baker Street", "London NW1 6XE"),
				"GB", "GB123456789", null, "oliver@obrien-office.co.uk", "+44 20 7946 0000");
		List<Line> lines = List
			.of(line("Virtual assistance, March 2026 (hours)", "16.50", "HUR", "50.00", "825.00", "O", "0"));
		List<VatLine> vat = List.of(new VatLine("O", BigDecimal.ZERO, new BigDecimal("825.00"), new BigDecimal("0.00"),
				"Not subject to VAT"));
		return new InvoiceDocument("en", false, "2026-0011", null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15),
				LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), oliver, ELBTAL, "EUR", lines, vat,
				new BigDecimal("825.00"), new BigDecimal("0.00"), new BigDecimal("825.00"), VatTreatment.OUTSIDE_EU,
				"Not subject to German VAT: supplied from outside the EU.", null,
				new Bank(null, "GB33BUKB20201555555555", "BUKBGB22"), 30, null, "Europe/London", timeRows());
	}

	/** A credit note for part of {@link #danish()}. */
	static InvoiceDocument creditNote() {
		List<Line> lines = List
			.of(line("Fejlregistreret tid 12. marts (timer)", "1.50", "HUR", "450.00", "675.00", "S", "25"));
		List<VatLine> vat = List
			.of(new VatLine("S", new BigDecimal("25.00"), new BigDecimal("675.00"), new BigDecimal("168.75"), null));
		return new InvoiceDocument("da", true, "2026-0003", "2026-0001", LocalDate.of(2026, 4, 10),
				LocalDate.of(2026, 4, 10), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), KATRINE, NORDHAVN,
				"DKK", lines, vat, new BigDecimal("675.00"), new BigDecimal("168.75"), new BigDecimal("843.75"),
				VatTreatment.DOMESTIC_DK, "", "PO-4711", bank(), 14, null, "Europe/Copenhagen", List.of());
	}

	static Line line(String description, String quantity, String unit, String price, String net, String category,
			String rate) {
		return new Line(description, new BigDecimal(quantity), unit, new BigDecimal(price), new BigDecimal(net),
				category, new BigDecimal(rate));
	}

	static Bank bank() {
		return new Bank("Lunar Bank A/S", "DK5000400440116243", "LUNADK2B");
	}

	static List<TimeRow> timeRows() {
		return List.of(
				row(LocalDate.of(2026, 3, 2), "08:30", "12:00", "3.50", "NH-1042", "Forsinket container fra Aarhus",
						"Sporing", "Ring til \"Jørgen\"; aftal ny levering"),
				row(LocalDate.of(2026, 3, 2), "12:30", "14:15", "1.75", "NH-1043", "Toldpapirer, Größe prüfen", "Told",
						"Dokumenter, fakturaer\nanden linje"),
				row(LocalDate.of(2026, 3, 3), "09:00", "17:00", "8.00", null, null, null, "=SUM(A1:A9) indbakke"),
				row(LocalDate.of(2026, 3, 16), "10:00", "13:15", "3.25", "NH-1101", "Straße nach Ærøskøbing", "Booking",
						"Øresund; Übergabe"));
	}

	static TimeRow row(LocalDate date, String start, String end, String hours, String reference, String title,
			String type, String note) {
		return new TimeRow(date, LocalTime.parse(start), LocalTime.parse(end), new BigDecimal(hours), reference, title,
				type, note);
	}

	/** A logo PNG; with {@code TYPE_INT_ARGB} half of it transparent. */
	static byte[] logo(int type) {
		BufferedImage image = new BufferedImage(120, 40, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x1f, 0x4e, 0x79));
		graphics.fillRect(0, 0, 60, 40);
		graphics.setColor(new Color(0xe0, 0x7a, 0x10, 128));
		graphics.fillOval(50, 5, 60, 30);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
