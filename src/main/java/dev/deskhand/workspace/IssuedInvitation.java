package dev.deskhand.workspace;

/**
 * A new invitation and its one-time token, which exists only in this object: the database
 * keeps its hash.
 */
public record IssuedInvitation(InvitationView invitation, String token) {
}
