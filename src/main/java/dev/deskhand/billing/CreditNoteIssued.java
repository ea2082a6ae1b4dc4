package dev.deskhand.billing;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** A credit note with its own number now cancels {@code credits}. */
public record CreditNoteIssued(WorkspaceId workspace, InvoiceId creditNote, InvoiceId credits, String number,
		Instant at) {
}
