package dev.deskhand.work;

import dev.deskhand.inbox.ReplyFailed;
import dev.deskhand.work.internal.InboxReactions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A failed send goes on its item's timeline so the person who wrote it sees it. */
@Component
class TimelineOnReplyFailed {

	private final InboxReactions reactions;

	TimelineOnReplyFailed(InboxReactions reactions) {
		this.reactions = reactions;
	}

	@ApplicationModuleListener
	void on(ReplyFailed event) {
		reactions.failed(event);
	}

}
