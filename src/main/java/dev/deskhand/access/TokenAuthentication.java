package dev.deskhand.access;

import dev.deskhand.shared.SecretToken;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a bearer token to its caller, on every request, so a revoked or expired token
 * fails at once.
 */
@Component
class TokenAuthentication {

	private final ApiTokenRepository tokens;

	private final WorkspaceManagement workspaces;

	private final JdbcClient jdbc;

	private final Clock clock;

	TokenAuthentication(ApiTokenRepository tokens, WorkspaceManagement workspaces, JdbcClient jdbc, Clock clock) {
		this.tokens = tokens;
		this.workspaces = workspaces;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	Optional<Caller> authenticate(String secret) {
		Instant now = clock.instant();
		Optional<ApiToken> token = tokens.findByTokenHash(SecretToken.digest(secret));
		if (token.isEmpty() || !token.get().usableAt(now)) {
			SecurityLog.warn("token.refused", "reason", token.isEmpty() ? "unknown" : "expired-or-revoked", "token",
					token.map(t -> t.id).orElse(null));
			return Optional.empty();
		}
		ApiToken t = token.get();
		Optional<MemberView> member = workspaces.findMember(t.view().member()).filter(MemberView::active);
		if (member.isEmpty()) {
			SecurityLog.warn("token.refused", "reason", "member-removed", "token", t.id);
			return Optional.empty();
		}
		if (recordUse(t, now)) {
			SecurityLog.info("token.used", "token", t.id, "workspace", t.workspaceId, "member", t.memberId);
		}
		MemberView m = member.get();
		return Optional.of(Caller.token(m.id(), m.workspace(), m.person(), m.displayName()));
	}

	/**
	 * Notes the use at most once a minute, with a plain update rather than the
	 * aggregate's versioned save: parallel requests with one token all pass, and a token
	 * used in a loop does not turn every read into a write.
	 * @return whether this request was the one that noted it
	 */
	private boolean recordUse(ApiToken t, Instant now) {
		if (t.lastUsedAt != null && t.lastUsedAt.isAfter(now.minusSeconds(60))) {
			return false;
		}
		return jdbc
			.sql("update access.api_token set last_used_at = ? where id = ? "
					+ "and (last_used_at is null or last_used_at < ?)")
			.params(Timestamp.from(now), t.id, Timestamp.from(now.minusSeconds(60)))
			.update() == 1;
	}

}
