package dev.deskhand.parties;

import dev.deskhand.shared.WorkspaceId;

/**
 * A party, its contacts or domains changed, or it was deleted.
 *
 * @param previousName its name before the change (equal to {@code name} unless renamed)
 * @param deleted true when the party no longer exists
 */
public record PartyChanged(WorkspaceId workspace, PartyId party, PartyKind kind, String name, String previousName,
		boolean deleted) {
}
