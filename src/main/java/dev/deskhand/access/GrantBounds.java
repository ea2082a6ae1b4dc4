package dev.deskhand.access;

import dev.deskhand.shared.Text;
import dev.deskhand.workspace.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an actor may hand out: never more than they hold themselves. A role not above
 * their own (owner, then manager, then employee, then assistant and agent), scopes within
 * theirs when they are limited to scopes, and an end no later than theirs (no end only
 * when they have none). Nobody changes their own grant.
 */
final class GrantBounds {

	private GrantBounds() {
	}

	/** Refuses a grant the actor may not give: wider than the actor's own. */
	static void requireWithin(Membership actor, Role role, @Nullable Instant validUntil, List<ScopeRef> scopes) {
		if (rank(role) > rank(actor.role())) {
			throw new AccessDenied(AccessDenied.Reason.BEYOND_OWN, Text.of("denied.roleAbove"));
		}
		List<ScopeRef> own = actor.grant().scopes();
		if (!own.isEmpty() && (scopes.isEmpty() || !own.containsAll(scopes))) {
			throw new AccessDenied(AccessDenied.Reason.BEYOND_OWN,
					Text.of("denied.scopesWithin", String.join(", ", own.stream().map(ScopeRef::toString).toList())));
		}
		Instant ownEnd = actor.grant().validUntil();
		if (ownEnd != null && (validUntil == null || validUntil.isAfter(ownEnd))) {
			throw new AccessDenied(AccessDenied.Reason.BEYOND_OWN, Text.of("denied.endWithin", ownEnd));
		}
	}

	/** Refuses any change by the actor to their own grant. */
	static void requireNotOwn(Membership actor, Grant grant) {
		if (grant.memberId.equals(actor.member().id().value())) {
			throw new AccessDenied(AccessDenied.Reason.OWN_GRANT, Text.of("denied.own"));
		}
	}

	/** Higher is more: owner 3, manager 2, employee 1, assistant and agent 0. */
	static int rank(Role role) {
		return switch (role) {
			case OWNER -> 3;
			case MANAGER -> 2;
			case EMPLOYEE -> 1;
			case ASSISTANT, AGENT -> 0;
		};
	}

}
