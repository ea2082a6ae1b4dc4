package dev.deskhand.work;

import dev.deskhand.assistant.EmailTriaged;
import dev.deskhand.work.internal.AssistantReactions;
import dev.deskhand.work.internal.DraftPreparation;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The assistant read an e-mail (or a person corrected the reading): the item of its
 * conversation takes the reading, and the reply draft is made now, so it is ready before
 * a person opens the item. Two listeners, two transactions: a draft that cannot be made
 * does not hold back the item's update.
 */
@Component
class WorkItemOnEmailTriaged {

	private final AssistantReactions reactions;

	private final DraftPreparation drafts;

	WorkItemOnEmailTriaged(AssistantReactions reactions, DraftPreparation drafts) {
		this.reactions = reactions;
		this.drafts = drafts;
	}

	@ApplicationModuleListener
	void on(EmailTriaged event) {
		reactions.triaged(event);
	}

	@ApplicationModuleListener
	void draft(EmailTriaged event) {
		drafts.prepare(event);
	}

}
