package dev.deskhand.audit.internal;

import dev.deskhand.access.Caller;
import dev.deskhand.audit.AuditEntryView.ActorKind;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who an entry names: the signed-in person, the member behind an API token, or the system
 * (no caller).
 */
record Actor(ActorKind kind, @Nullable UUID id, String name) {

	static final Actor SYSTEM = new Actor(ActorKind.SYSTEM, null, "system");

	static Actor of(Optional<Caller> caller) {
		return caller.map(Actor::of).orElse(SYSTEM);
	}

	private static Actor of(Caller caller) {
		if (caller.viaToken()) {
			return new Actor(ActorKind.TOKEN, Objects.requireNonNull(caller.tokenMember()).value(),
					caller.displayName());
		}
		return caller.person() == null ? SYSTEM
				: new Actor(ActorKind.PERSON, caller.person().value(), caller.displayName());
	}
}
