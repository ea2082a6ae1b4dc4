package dev.deskhand.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The ZUGFeRD PDF and the XRechnung XML pass Mustang's own validator (veraPDF for
 * PDF/A-3, the EN 16931 and XRechnung schematrons for the XML) without errors.
 */
class EInvoiceTests {

	private final InvoiceFiles files = new RenderedInvoiceFiles(InvoiceDocuments.messages());

	@Test
	void reverseChargeZugferdPdfIsValid() throws IOException {
		byte[] pdf = files.pdf(InvoiceDocuments.reverseCharge(), true);

		assertValid(pdf, "invoice.pdf");
		assertThat(InvoicePdfTests.text(pdf, 1, 1)).contains("Rechnung 2026-0002");
	}

	@Test
	void reverseChargeXrechnungIsValid() {
		byte[] xml = files.xrechnung(InvoiceDocuments.reverseCharge());

		assertValid(xml, "xrechnung.xml");
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<ram:CategoryCode>AE</ram:CategoryCode>",
				"DK12345678", "DE123456789", "04011000-1234512345-06");
	}

	@Test
	void smallBusinessZugferdAndXrechnungAreValid() {
		assertValid(files.pdf(InvoiceDocuments.smallBusiness(), true), "invoice.pdf");
		byte[] xml = files.xrechnung(InvoiceDocuments.smallBusiness());
		assertValid(xml, "xrechnung.xml");
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<ram:CategoryCode>E</ram:CategoryCode>",
				"22/815/08154", "Kleinunternehmer gemäß § 19 UStG");
	}

	@Test
	void danishStandardRateAndCreditNoteAreValid() {
		assertValid(files.pdf(InvoiceDocuments.danish(), true), "invoice.pdf");
		byte[] credit = files.xrechnung(InvoiceDocuments.creditNote());
		assertValid(credit, "credit.xml");
		assertThat(new String(credit, StandardCharsets.UTF_8)).contains("<ram:TypeCode>381</ram:TypeCode>",
				"2026-0001");
	}

	@Test
	void outsideTheScopeOfVatIsValidWithoutVatNumbers() {
		assertValid(files.pdf(InvoiceDocuments.outsideScope(), true), "invoice.pdf");
		byte[] xml = files.xrechnung(InvoiceDocuments.outsideScope());
		assertValid(xml, "xrechnung.xml");
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<ram:CategoryCode>O</ram:CategoryCode>")
			.doesNotContain("schemeID=\"VA\"", "DE123456789");
	}

	@Test
	void validatorRefusesReverseChargeWithoutTheBuyersVatNumber() {
		InvoiceDocument valid = InvoiceDocuments.reverseCharge();
		InvoiceDocument.Party noVat = new InvoiceDocument.Party(valid.recipient().name(), valid.recipient().address(),
				"DE", null, null, valid.recipient().email(), null);
		InvoiceDocument invalid = new InvoiceDocument(valid.language(), false, valid.number(), null, valid.issueDate(),
				valid.dueDate(), valid.periodFrom(), valid.periodTo(), valid.issuer(), noVat, valid.currency(),
				valid.lines(), valid.vat(), valid.net(), valid.vatTotal(), valid.gross(), valid.treatment(),
				valid.vatNote(), valid.buyerReference(), valid.bank(), valid.paymentDays(), null, valid.timeZone(),
				valid.timeReport());

		String report = new ZUGFeRDValidator().validate(files.xrechnung(invalid), "xrechnung.xml");

		assertThat(report).contains("BR-AE-", "<summary status=\"invalid\"/>");
	}

	private static void assertValid(byte[] file, String name) {
		ZUGFeRDValidator validator = new ZUGFeRDValidator();
		String report = validator.validate(file, name);
		if (System.getProperty("einvoice.dump") != null) {
			System.out.println(report);
		}
		assertThat(report).as(report).doesNotContain("type=\"error\"").contains("<summary status=\"valid\"/>");
	}

}
