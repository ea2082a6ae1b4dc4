package dev.deskhand.parties;

import dev.deskhand.shared.WorkspaceId;

/** A customer or carrier was added (by hand, the API or an import). */
public record PartyCreated(WorkspaceId workspace, PartyId party, PartyKind kind, String name) {
}
