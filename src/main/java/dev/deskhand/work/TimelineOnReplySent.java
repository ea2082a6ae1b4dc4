package dev.deskhand.work;

import dev.deskhand.inbox.ReplySent;
import dev.deskhand.work.internal.InboxReactions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A sent reply goes on its item's timeline and meets the response target. */
@Component
class TimelineOnReplySent {

	private final InboxReactions reactions;

	TimelineOnReplySent(InboxReactions reactions) {
		this.reactions = reactions;
	}

	@ApplicationModuleListener
	void on(ReplySent event) {
		reactions.sent(event);
	}

}
