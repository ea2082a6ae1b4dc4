package dev.deskhand.billing;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's business as the recipient of its assistants' invoices.
 *
 * @param vatNumber the client's VAT number, null for none
 * @param buyerReference the buyer's reference (a Leitweg-ID for German public clients),
 * null for none
 */
public record ClientProfileView(WorkspaceId workspace, String legalName, String address, String country,
		@Nullable String vatNumber, String billingEmail, @Nullable String buyerReference, Instant updatedAt) {
}
