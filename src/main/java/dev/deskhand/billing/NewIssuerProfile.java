package dev.deskhand.billing;

import dev.deskhand.billing.IssuerProfileView.Kind;
import dev.deskhand.billing.IssuerProfileView.VatScheme;
import org.jspecify.annotations.Nullable;

/**
 * An issuer profile's fields as typed (the logo is set on its own). Blank optional fields
 * are stored as none.
 */
public record NewIssuerProfile(@Nullable Kind kind, @Nullable String name, @Nullable String address,
		@Nullable String country, @Nullable String vatNumber, @Nullable String taxNumber, @Nullable VatScheme vatScheme,
		@Nullable String email, @Nullable String phone, @Nullable String bankName, @Nullable String iban,
		@Nullable String bic, @Nullable Integer paymentDays) {
}
