package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;

/** An invitation was made; the inbox module (later) emails the link to the invitee. */
public record InvitationIssued(WorkspaceId workspace, InvitationId invitation, String email, Role role) {
}
