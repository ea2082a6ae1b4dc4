package dev.deskhand.billing.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mustangproject.Invoice;

/** The mapping to Mustang's model, checked where it reads free text. */
class EInvoiceMappingTests {

	@Test
	void readsPostcodeAndTownWhicheverComesFirst() {
		assertThat(EInvoiceParties.postcodeAndTown("2100 København Ø")).containsExactly("2100", "København Ø");
		assertThat(EInvoiceParties.postcodeAndTown("01099 Dresden")).containsExactly("01099", "Dresden");
		assertThat(EInvoiceParties.postcodeAndTown("London NW1 6XE")).containsExactly("NW1 6XE", "London");
		assertThat(EInvoiceParties.postcodeAndTown(" Vaduz ")).containsExactly("", "Vaduz");
	}

	@Test
	void carriesNumbersPartiesAndTotalsOfTheDocument() {
		Invoice invoice = EInvoiceMapping.of(InvoiceDocuments.reverseCharge(), "14 Tage netto");

		assertThat(invoice.getNumber()).isEqualTo("2026-0002");
		assertThat(invoice.getSender().getVATID()).isEqualTo("DK12345678");
		assertThat(invoice.getSender().getZIP()).isEqualTo("2100");
		assertThat(invoice.getRecipient().getVATID()).isEqualTo("DE123456789");
		assertThat(invoice.getRecipient().getLocation()).isEqualTo("Dresden");
		assertThat(invoice.getReferenceNumber()).isEqualTo("04011000-1234512345-06");
		assertThat(invoice.getZFItems()).hasSize(2);
		assertThat(invoice.getZFItems()[0].getProduct().getTaxCategoryCode()).isEqualTo("AE");
		assertThat(invoice.getZFItems()[0].getQuantity()).isEqualByComparingTo(new BigDecimal("16.50"));
	}

	@Test
	void documentWithoutBuyerReferenceUsesItsNumber() {
		Invoice invoice = EInvoiceMapping.of(InvoiceDocuments.outsideScope(), "30 days net");

		assertThat(invoice.getReferenceNumber()).isEqualTo("2026-0011");
	}

}
