package dev.deskhand.workspace;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "workspace", name = "invitation")
class Invitation {

	@Id
	UUID id;

	UUID workspaceId;

	String email;

	Role role;

	@Nullable Instant accessUntil;

	String tokenHash;

	UUID invitedBy;

	Instant expiresAt;

	@Nullable Instant acceptedAt;

	@Nullable UUID acceptedMember;

	@Nullable Instant revokedAt;

	/**
	 * When the link was e-mailed to the invited address; null: shown to the inviter only.
	 */
	@Nullable Instant mailedAt;

	Instant createdAt;

	@Version
	@Nullable Long version;

	Invitation(UUID id, UUID workspaceId, String email, Role role, @Nullable Instant accessUntil, String tokenHash,
			UUID invitedBy, Instant expiresAt, Instant createdAt) {
		this.id = id;
		this.workspaceId = workspaceId;
		this.email = email;
		this.role = role;
		this.accessUntil = accessUntil;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.expiresAt = expiresAt;
		this.createdAt = createdAt;
	}

	void accept(UUID member, Instant now) {
		if (!view().open(now)) {
			throw new IllegalStateException("This invitation has been used, revoked or has expired");
		}
		acceptedAt = now;
		acceptedMember = member;
	}

	void revoke(Instant now) {
		if (revokedAt == null && acceptedAt == null) {
			revokedAt = now;
		}
	}

	InvitationView view() {
		return new InvitationView(new InvitationId(id), new WorkspaceId(workspaceId), email, role, accessUntil,
				new MemberId(invitedBy), expiresAt, acceptedAt,
				acceptedMember == null ? null : new MemberId(acceptedMember), revokedAt, createdAt, mailedAt);
	}

}
