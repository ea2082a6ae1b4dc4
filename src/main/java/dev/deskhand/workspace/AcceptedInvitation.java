package dev.deskhand.workspace;

/**
 * The invitation that was accepted and the membership it made (or found, for an existing
 * member).
 */
public record AcceptedInvitation(InvitationView invitation, MemberView member) {
}
