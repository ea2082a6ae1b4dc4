package dev.deskhand.access;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A member's grant in a workspace. */
public record GrantView(GrantId id, WorkspaceId workspace, MemberId member, Role role, List<ScopeRef> scopes,
		Instant validFrom, @Nullable Instant validUntil, @Nullable Instant revokedAt) {

	/** Live at {@code now}: started, not ended, not revoked. */
	public boolean liveAt(Instant now) {
		return revokedAt == null && !now.isBefore(validFrom) && (validUntil == null || now.isBefore(validUntil));
	}
}
