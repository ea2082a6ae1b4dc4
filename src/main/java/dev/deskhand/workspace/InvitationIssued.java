package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;

/**
 * An invitation was made. (The link itself is e-mailed within the inviting transaction,
 * through the access module's {@code InvitationMail}: this event never carries it.)
 */
public record InvitationIssued(WorkspaceId workspace, InvitationId invitation, String email, Role role) {
}
