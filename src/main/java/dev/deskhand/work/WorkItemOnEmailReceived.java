package dev.deskhand.work;

import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.work.internal.InboxReactions;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A received e-mail creates its conversation's work item or goes on its timeline. */
@Component
class WorkItemOnEmailReceived {

	private final InboxReactions reactions;

	WorkItemOnEmailReceived(InboxReactions reactions) {
		this.reactions = reactions;
	}

	@ApplicationModuleListener
	void on(EmailReceived event) {
		reactions.received(event);
	}

}
