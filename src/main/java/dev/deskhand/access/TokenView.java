package dev.deskhand.access;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An API token as shown after it was issued: never the secret itself. */
public record TokenView(UUID id, MemberId member, String name, Instant expiresAt, @Nullable Instant revokedAt,
		@Nullable Instant lastUsedAt, Instant createdAt) {
}
