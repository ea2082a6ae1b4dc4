package dev.deskhand.access;

import dev.deskhand.shared.Text;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "access", name = "member_grant")
class Grant {

	@Id
	UUID id;

	UUID workspaceId;

	UUID memberId;

	Role role;

	Instant validFrom;

	@Nullable Instant validUntil;

	@Nullable Instant revokedAt;

	@Nullable UUID grantedBy;

	Instant createdAt;

	@MappedCollection(idColumn = "member_grant")
	Set<Scope> scopes = new HashSet<>();

	@Version
	@Nullable Long version;

	Grant(UUID id, UUID workspaceId, UUID memberId, Role role, Instant validFrom, @Nullable Instant validUntil,
			@Nullable UUID grantedBy, Instant createdAt) {
		this.id = id;
		this.workspaceId = workspaceId;
		this.memberId = memberId;
		this.role = role;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.grantedBy = grantedBy;
		this.createdAt = createdAt;
	}

	void changeRole(Role role) {
		requireLive();
		this.role = role;
	}

	/**
	 * Sets the time window; a null start keeps the current one, a null end means none.
	 */
	void window(@Nullable Instant from, @Nullable Instant until, Instant now) {
		requireLive();
		if (from != null) {
			this.validFrom = from;
		}
		if (until != null && !until.isAfter(validFrom)) {
			throw new InvalidInputException("/validUntil", Text.of("input.endAfterStart"));
		}
		if (until != null && !until.isAfter(now)) {
			throw new InvalidInputException("/validUntil", Text.of("input.endInFuture"));
		}
		this.validUntil = until;
	}

	void scopeTo(List<ScopeRef> refs) {
		requireLive();
		scopes = new HashSet<>();
		refs.forEach(r -> scopes.add(new Scope(r.kind(), r.key())));
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	private void requireLive() {
		if (revokedAt != null) {
			throw new InvalidInputException("/", Text.of("input.grantRevoked"));
		}
	}

	GrantView view() {
		List<ScopeRef> refs = scopes.stream().map(s -> new ScopeRef(s.kind(), s.key())).sorted(ScopeRef.ORDER).toList();
		return new GrantView(new GrantId(id), new WorkspaceId(workspaceId), new MemberId(memberId), role, refs,
				validFrom, validUntil, revokedAt);
	}

	@Table(schema = "access", name = "grant_scope")
	record Scope(String kind, String key) {
	}

}
