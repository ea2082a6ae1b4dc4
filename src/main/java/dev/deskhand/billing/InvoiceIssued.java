package dev.deskhand.billing;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;

/** An invoice got its number. */
public record InvoiceIssued(WorkspaceId workspace, InvoiceId invoice, MemberId member, String number, Instant at) {
}
