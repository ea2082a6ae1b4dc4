package dev.deskhand.access;

import dev.deskhand.shared.SecretToken;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.util.Optional;
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

	private final Clock clock;

	TokenAuthentication(ApiTokenRepository tokens, WorkspaceManagement workspaces, Clock clock) {
		this.tokens = tokens;
		this.workspaces = workspaces;
		this.clock = clock;
	}

	@Transactional
	Optional<Caller> authenticate(String secret) {
		return tokens.findByTokenHash(SecretToken.digest(secret))
			.filter(t -> t.usableAt(clock.instant()))
			.flatMap(t -> {
				Optional<MemberView> member = workspaces.findMember(t.view().member()).filter(MemberView::active);
				member.ifPresent(m -> {
					// one write per minute at most: a token used in a loop should not
					// turn every read into a write
					if (t.lastUsedAt == null || t.lastUsedAt.isBefore(clock.instant().minusSeconds(60))) {
						t.lastUsedAt = clock.instant();
						tokens.save(t);
					}
				});
				return member.map(m -> Caller.token(m.id(), m.workspace(), m.person(), m.displayName()));
			});
	}

}
