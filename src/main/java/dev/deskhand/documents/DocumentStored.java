package dev.deskhand.documents;

import dev.deskhand.shared.WorkspaceId;

/**
 * A new document was stored (not published when a store returned an existing identical
 * document). Listeners that attach documents to their own records (shipments, invoices)
 * react to this.
 */
public record DocumentStored(WorkspaceId workspace, DocumentId document) {
}
