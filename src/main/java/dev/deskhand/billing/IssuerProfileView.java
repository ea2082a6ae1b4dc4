package dev.deskhand.billing;

import dev.deskhand.workspace.PersonId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who issues invoices: an assistant in their own name or their agency. A person may have
 * several; each contract names the one it bills through. The logo itself is read with
 * {@link ContractManagement#issuerLogo}.
 *
 * @param vatNumber VAT number (CVR/SE-nr., USt-IdNr.), null for none
 * @param taxNumber German Steuernummer, null for none
 * @param logoType {@code image/png} or {@code image/jpeg}, null without a logo
 * @param paymentDays days from the invoice date to its due date
 */
public record IssuerProfileView(UUID id, PersonId person, Kind kind, String name, String address, String country,
		@Nullable String vatNumber, @Nullable String taxNumber, VatScheme vatScheme, String email,
		@Nullable String phone, @Nullable String bankName, @Nullable String iban, @Nullable String bic,
		@Nullable String logoType, int paymentDays, Instant updatedAt) {

	/** In one's own name, or as an agency. */
	public enum Kind {

		PERSON, AGENCY

	}

	/**
	 * STANDARD: charges the country's VAT; SMALL_BUSINESS: German small business (§ 19
	 * UStG), no VAT; NONE: not registered for VAT.
	 */
	public enum VatScheme {

		STANDARD, SMALL_BUSINESS, NONE

	}

}
