package dev.deskhand.billing;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** An invoice or credit note was queued to the client's billing address. */
public record InvoiceSent(WorkspaceId workspace, InvoiceId invoice, String to, Instant at) {
}
