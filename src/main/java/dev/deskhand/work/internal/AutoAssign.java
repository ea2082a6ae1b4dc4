package dev.deskhand.work.internal;

import dev.deskhand.work.TimelineKind;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Assigns an item round-robin, or says on its timeline that nobody could take it now.
 */
@Component
public class AutoAssign {

	private final RoundRobin roundRobin;

	private final ItemLifecycle lifecycle;

	private final Timeline timeline;

	AutoAssign(RoundRobin roundRobin, ItemLifecycle lifecycle, Timeline timeline) {
		this.roundRobin = roundRobin;
		this.lifecycle = lifecycle;
		this.timeline = timeline;
	}

	public Optional<MemberView> assign(WorkItem item, Actor actor, Instant now) {
		return assign(item, actor, now, roundRobin.next(item, now));
	}

	/** Round-robin among the members with one of these roles (an inbound rule's). */
	public Optional<MemberView> assign(WorkItem item, Actor actor, Instant now, java.util.Set<Role> roles) {
		return assign(item, actor, now, roundRobin.next(item, now, roles));
	}

	private Optional<MemberView> assign(WorkItem item, Actor actor, Instant now, Optional<MemberView> next) {
		if (next.isEmpty()) {
			timeline.append(item.id, now, actor, TimelineKind.NOBODY_TO_ASSIGN,
					Map.of("reason", "Nobody in the round-robin is working now and sees this item"));
		}
		else {
			lifecycle.assign(item, actor, next.get().id(), next.get().displayName(), now);
		}
		return next;
	}

}
