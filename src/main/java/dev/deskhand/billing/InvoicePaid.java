package dev.deskhand.billing;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** An invoice was marked paid. */
public record InvoicePaid(WorkspaceId workspace, InvoiceId invoice, Instant at) {
}
