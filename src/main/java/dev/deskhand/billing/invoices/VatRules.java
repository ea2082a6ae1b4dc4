package dev.deskhand.billing.invoices;

import dev.deskhand.billing.documents.InvoiceDocument.VatTreatment;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How VAT applies between an issuer and a client (pure). Deskhand bills services between
 * businesses:
 * <ul>
 * <li>a German small business (§ 19 UStG) charges none: category E with the note;</li>
 * <li>an issuer not registered for VAT, or a client outside the EU: no VAT, category O
 * with the note;</li>
 * <li>an EU issuer and a client in another EU country with a VAT number: reverse charge,
 * category AE with the note (both VAT numbers printed);</li>
 * <li>otherwise the issuer's country's rate: Denmark 25 %, Germany 19 % (a client in
 * another EU country without a VAT number is treated as domestic: Deskhand does not do
 * OSS).</li>
 * </ul>
 * Other issuer countries inside the EU charging VAT are refused (no rate known).
 */
final class VatRules {

	static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
			"HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

	private VatRules() {
	}

	/**
	 * The treatment, category, rate and note key.
	 *
	 * @param noteKey bundle key of the VAT note, or null when none is required
	 * @param exemptionReason the English reason for E, AE and O (e-invoices), else null
	 */
	record Decision(VatTreatment treatment, String category, BigDecimal rate, @Nullable String noteKey,
			@Nullable String exemptionReason) {
	}

	/**
	 * @param scheme STANDARD, SMALL_BUSINESS or NONE
	 * @throws InvalidInputException for {@code /issuer} when the issuer's country has no
	 * known rate
	 */
	static Decision decide(String issuerCountry, String scheme, String clientCountry, @Nullable String clientVat) {
		if (scheme.equals("SMALL_BUSINESS")) {
			return new Decision(VatTreatment.SMALL_BUSINESS_DE, "E", BigDecimal.ZERO, "billing.vat.note.smallBusiness",
					"Kleinunternehmer gemäß § 19 UStG");
		}
		if (scheme.equals("NONE") || !EU.contains(clientCountry) || !EU.contains(issuerCountry)) {
			return new Decision(VatTreatment.OUTSIDE_EU, "O", BigDecimal.ZERO, "billing.vat.note.outsideEu",
					"Not subject to VAT");
		}
		boolean business = clientVat != null && !clientVat.isBlank();
		if (!issuerCountry.equals(clientCountry) && business) {
			return new Decision(VatTreatment.REVERSE_CHARGE_EU, "AE", BigDecimal.ZERO, "billing.vat.note.reverseCharge",
					"Reverse charge");
		}
		return switch (issuerCountry) {
			case "DK" -> new Decision(VatTreatment.DOMESTIC_DK, "S", new BigDecimal("25.00"), null, null);
			case "DE" -> new Decision(VatTreatment.DOMESTIC_DE, "S", new BigDecimal("19.00"), null, null);
			default -> throw new InvalidInputException("/issuer", Text.of("billing.vat.unsupported", issuerCountry));
		};
	}

}
