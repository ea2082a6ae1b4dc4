package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to join a workspace with a role. {@code accessUntil} is the end of the
 * access it leads to (null: until revoked); {@code expiresAt} is when the link itself
 * stops working; {@code mailedAt} when the link was e-mailed to {@code email} (null: it
 * was shown only to the inviter).
 */
public record InvitationView(InvitationId id, WorkspaceId workspace, String email, Role role,
		@Nullable Instant accessUntil, MemberId invitedBy, Instant expiresAt, @Nullable Instant acceptedAt,
		@Nullable MemberId acceptedMember, @Nullable Instant revokedAt, Instant createdAt, @Nullable Instant mailedAt) {

	public boolean open(Instant now) {
		return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
	}
}
