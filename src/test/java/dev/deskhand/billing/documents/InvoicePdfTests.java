package dev.deskhand.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Renders invoices and reads them back with PDFBox: what a person (and a text extractor)
 * reads must be there, with æøå, äöü and ß intact.
 */
class InvoicePdfTests {

	private final InvoiceFiles files = new RenderedInvoiceFiles(InvoiceDocuments.messages());

	@Test
	void danishInvoiceShowsPartiesLinesVatAndTotalsInDanish() throws IOException {
		String text = text(files.pdf(InvoiceDocuments.danish(), false), 1, 1);

		assertThat(text).contains("Faktura 2026-0001", "Katrine Ærø Søndergaard", "Østerbrogade 117, 2. tv.",
				"2100 København Ø", "Nordhavn Logistik ApS", "Ørestads Boulevard 73", "CVR-/SE-nr. DK12345678",
				"CVR-/SE-nr. DK87654321", "Fakturadato", "1. april 2026", "Forfaldsdato", "15. april 2026",
				"Leveringsperiode", "1. marts 2026 – 31. marts 2026", "Jeres reference PO-4711",
				"Beskrivelse Antal Enhed Enhedspris (DKK) Moms Beløb (DKK)",
				"Virtuel assistance 1.–15. marts (timer) 13,25 timer 450,00 25 % 5.962,50", "450,00", "5.962,50",
				"1.543,75", "Beløb ekskl. moms 7.506,25 DKK", "Moms 25 % af 7.506,25 DKK 1.876,56 DKK",
				"Moms i alt 1.876,56 DKK", "I alt at betale 9.382,81 DKK",
				"Betal venligst 9.382,81 DKK senest 15. april 2026 (netto 14 dage).", "IBAN: DK5000400440116243",
				"BIC: LUNADK2B");
		assertThat(text).doesNotContain("billing.pdf", "Invoice");
	}

	@Test
	void timeReportFollowsOnTheNextPageByDayWithTotals() throws IOException {
		byte[] pdf = files.pdf(InvoiceDocuments.danish(), false);
		String report = text(pdf, 2, Integer.MAX_VALUE);

		assertThat(report).contains("Tidsrapport", "Bilag til Faktura 2026-0001", "Europe/Copenhagen", "08:30–12:00",
				"NH-1042", "Forsinket container fra Aarhus", "Ring til \"Jørgen\"; aftal ny levering",
				"Toldpapirer, Größe prüfen", "Straße nach Ærøskøbing", "Øresund; Übergabe", "I alt", "5,25", "8,00",
				"Timer i alt 16,50", "Timer pr. opgave Timer", "NH-1042 Forsinket container fra Aarhus 3,50",
				"Øvrig tid (uden opgave) 8,00", "NH-1101 Straße nach Ærøskøbing 3,25");
		assertThat(text(pdf, 1, 1)).doesNotContain("Tidsrapport");
	}

	@Test
	void reverseChargeInvoiceNamesBothVatNumbersAndTheNote() throws IOException {
		String text = text(files.pdf(InvoiceDocuments.reverseCharge(), false), 1, 1);

		assertThat(text).contains("Rechnung 2026-0002", "Elbtal Spedition GmbH", "Königsbrücker Straße 12", "Dänemark",
				"Deutschland", "Dänische CVR-/SE-Nr. DK12345678", "USt-IdNr. DE123456789", "Leistungszeitraum",
				"1. März 2026 – 31. März 2026", "Ihre Referenz 04011000-1234512345-06",
				"Steuerschuldnerschaft des Leistungsempfängers 0 % auf 945,00 EUR 0,00 EUR",
				"Steuerschuldnerschaft des Leistungsempfängers: Der Leistungsempfänger schuldet die Umsatzsteuer.",
				"Rechnungsbetrag 945,00 EUR", "Rückfragen an Spediteure (Aufgaben) 3 Stk. 12,50 0 % 37,50",
				"Virtuelle Assistenz März 2026 (Stunden) 16,50 Std. 55,00 0 % 907,50");
	}

	@Test
	void smallBusinessInvoiceCarriesTheParagraph19NoteAndTheSteuernummer() throws IOException {
		String text = text(files.pdf(InvoiceDocuments.smallBusiness(), false), 1, 1);

		assertThat(text).contains("Jürgen Weiß Büroservice", "Große Straße 5", "Müller & Söhne GmbH",
				"Äußere Sulzbacher Straße 8", "Steuernummer 22/815/08154",
				"Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", "Umsatzsteuerfrei 0 % auf 627,00 EUR 0,00 EUR",
				"Kleinunternehmer gemäß § 19 UStG", "Rechnungsbetrag 627,00 EUR", "Hamburger Sparkasse");
	}

	@Test
	void creditNoteIsTitledAsSuchAndReferencesTheCreditedInvoice() throws IOException {
		String text = text(files.pdf(InvoiceDocuments.creditNote(), false), 1, 1);

		assertThat(text).contains("Kreditnota 2026-0003", "Kreditnota til faktura nr. 2026-0001",
				"Kreditnotadato 10. april 2026", "Krediteret i alt 843,75 DKK", "Beløbet 843,75 DKK krediteres jer.");
		assertThat(text).doesNotContain("Forfaldsdato", "Betal venligst");
	}

	@Test
	void englishInvoiceUsesEnglishLabelsAndPointDecimals() throws IOException {
		InvoiceDocument danish = InvoiceDocuments.danish();
		InvoiceDocument english = new InvoiceDocument("en", false, danish.number(), null, danish.issueDate(),
				danish.dueDate(), danish.periodFrom(), danish.periodTo(), danish.issuer(), danish.recipient(),
				danish.currency(), danish.lines(), danish.vat(), danish.net(), danish.vatTotal(), danish.gross(),
				danish.treatment(), "", null, danish.bank(), 14, null, "Europe/Copenhagen", danish.timeReport());

		String text = text(files.pdf(english, false), 1, Integer.MAX_VALUE);

		assertThat(text).contains("Invoice 2026-0001", "Invoice date 1 April 2026", "CVR/SE no. DK12345678",
				"VAT 25 % of 7,506.25 DKK 1,876.56 DKK", "Total due 9,382.81 DKK", "Time report", "Total hours 16.50",
				"Denmark");
	}

	@Test
	void logoIsDrawnAndAnUnreadableOneIsLeftOut() throws IOException {
		assertThat(images(files.pdf(InvoiceDocuments.reverseCharge(), false))).isEqualTo(1);
		InvoiceDocument garbage = withLogo(InvoiceDocuments.danish(), new byte[] { 1, 2, 3 });
		assertThat(images(files.pdf(garbage, false))).isZero();
	}

	@Test
	void draftIsTitledAsDraftAndHasNoEInvoice() throws IOException {
		InvoiceDocument issued = InvoiceDocuments.danish();
		InvoiceDocument draft = new InvoiceDocument("da", false, "", null, issued.issueDate(), issued.dueDate(),
				issued.periodFrom(), issued.periodTo(), issued.issuer(), issued.recipient(), issued.currency(),
				issued.lines(), issued.vat(), issued.net(), issued.vatTotal(), issued.gross(), issued.treatment(), "",
				null, issued.bank(), 14, null, issued.timeZone(), issued.timeReport());

		assertThat(text(files.pdf(draft, false), 1, 1)).contains("Fakturakladde").doesNotContain("Angiv venligst");
		assertThatIllegalArgumentException().isThrownBy(() -> files.xrechnung(draft));
	}

	@Test
	void everyFontIsEmbedded() throws IOException {
		try (PDDocument document = Loader.loadPDF(files.pdf(InvoiceDocuments.smallBusiness(), false))) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					assertThat(font.getName()).contains("SourceSansPro");
				}
			}
		}
	}

	private static InvoiceDocument withLogo(InvoiceDocument d, byte[] logo) {
		return new InvoiceDocument(d.language(), d.creditNote(), d.number(), d.credits(), d.issueDate(), d.dueDate(),
				d.periodFrom(), d.periodTo(), d.issuer(), d.recipient(), d.currency(), d.lines(), d.vat(), d.net(),
				d.vatTotal(), d.gross(), d.treatment(), d.vatNote(), d.buyerReference(), d.bank(), d.paymentDays(),
				logo, d.timeZone(), d.timeReport());
	}

	private static int images(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int images = 0;
			for (var name : document.getPage(0).getResources().getXObjectNames()) {
				if (document.getPage(0).getResources().isImageXObject(name)) {
					images++;
				}
			}
			return images;
		}
	}

	static String text(byte[] pdf, int fromPage, int toPage) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(fromPage);
			stripper.setEndPage(Math.min(toPage, document.getNumberOfPages()));
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
	}

}
