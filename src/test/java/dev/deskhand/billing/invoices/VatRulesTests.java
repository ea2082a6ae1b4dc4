package dev.deskhand.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.billing.documents.InvoiceDocument.VatTreatment;
import dev.deskhand.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class VatRulesTests {

	@Test
	void danishIssuerToDanishClientCharges25Percent() {
		VatRules.Decision d = VatRules.decide("DK", "STANDARD", "DK", "DK12345678");
		assertThat(d.treatment()).isEqualTo(VatTreatment.DOMESTIC_DK);
		assertThat(d.category()).isEqualTo("S");
		assertThat(d.rate()).isEqualByComparingTo("25");
		assertThat(d.noteKey()).isNull();
	}

	@Test
	void germanIssuerToGermanClientCharges19Percent() {
		VatRules.Decision d = VatRules.decide("DE", "STANDARD", "DE", null);
		assertThat(d.treatment()).isEqualTo(VatTreatment.DOMESTIC_DE);
		assertThat(d.rate()).isEqualByComparingTo("19");
	}

	@Test
	void germanSmallBusinessChargesNoneWithTheParagraph19Note() {
		VatRules.Decision d = VatRules.decide("DE", "SMALL_BUSINESS", "DE", "DE123456789");
		assertThat(d.treatment()).isEqualTo(VatTreatment.SMALL_BUSINESS_DE);
		assertThat(d.category()).isEqualTo("E");
		assertThat(d.rate()).isZero();
		assertThat(d.noteKey()).isEqualTo("billing.vat.note.smallBusiness");
		assertThat(d.exemptionReason()).contains("§ 19 UStG");
	}

	@Test
	void euBusinessClientInAnotherCountryIsReverseCharged() {
		VatRules.Decision d = VatRules.decide("DK", "STANDARD", "DE", "DE123456789");
		assertThat(d.treatment()).isEqualTo(VatTreatment.REVERSE_CHARGE_EU);
		assertThat(d.category()).isEqualTo("AE");
		assertThat(d.rate()).isZero();
		assertThat(d.noteKey()).isEqualTo("billing.vat.note.reverseCharge");
	}

	@Test
	void euClientWithoutVatNumberPaysTheIssuersVat() {
		assertThat(VatRules.decide("DK", "STANDARD", "DE", " ").treatment()).isEqualTo(VatTreatment.DOMESTIC_DK);
	}

	@Test
	void clientOutsideTheEuOrIssuerNotRegisteredPaysNoVat() {
		for (VatRules.Decision d : new VatRules.Decision[] { VatRules.decide("DK", "STANDARD", "US", null),
				VatRules.decide("DE", "STANDARD", "GB", "GB123"), VatRules.decide("DK", "NONE", "DK", "DK1") }) {
			assertThat(d.treatment()).isEqualTo(VatTreatment.OUTSIDE_EU);
			assertThat(d.category()).isEqualTo("O");
			assertThat(d.noteKey()).isEqualTo("billing.vat.note.outsideEu");
		}
	}

	@Test
	void anEuIssuerCountryWithoutAKnownRateIsRefused() {
		assertThatThrownBy(() -> VatRules.decide("SE", "STANDARD", "SE", null))
			.isInstanceOf(InvalidInputException.class);
	}

}
