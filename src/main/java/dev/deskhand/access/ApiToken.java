package dev.deskhand.access;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "access", name = "api_token")
class ApiToken {

	@Id
	UUID id;

	UUID workspaceId;

	UUID memberId;

	String name;

	String tokenHash;

	Instant expiresAt;

	@Nullable Instant revokedAt;

	@Nullable Instant lastUsedAt;

	@Nullable UUID createdBy;

	Instant createdAt;

	@Version
	@Nullable Long version;

	ApiToken(UUID id, UUID workspaceId, UUID memberId, String name, String tokenHash, Instant expiresAt,
			@Nullable UUID createdBy, Instant createdAt) {
		this.id = id;
		this.workspaceId = workspaceId;
		this.memberId = memberId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	boolean usableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	TokenView view() {
		return new TokenView(id, new dev.deskhand.workspace.MemberId(memberId), name, expiresAt, revokedAt, lastUsedAt,
				createdAt);
	}

}
