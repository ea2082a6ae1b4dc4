package dev.deskhand.billing;

import org.jspecify.annotations.Nullable;

/** The workspace's billing profile as typed; blank optional fields are none. */
public record NewClientProfile(@Nullable String legalName, @Nullable String address, @Nullable String country,
		@Nullable String vatNumber, @Nullable String billingEmail, @Nullable String buyerReference) {
}
