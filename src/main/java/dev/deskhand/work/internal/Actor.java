package dev.deskhand.work.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.workspace.MemberId;
import org.jspecify.annotations.Nullable;

/** Who acts on an item: a member, or the system (listeners, schedulers). */
public record Actor(@Nullable MemberId member, String name) {

	public static final Actor SYSTEM = new Actor(null, "system");

	public static Actor of(Membership m) {
		return new Actor(m.member().id(), m.member().displayName());
	}

}
