package dev.deskhand.assistant;

import dev.deskhand.inbox.EmailReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every received e-mail is triaged once (stored per message id, so a second delivery of
 * the event finds the stored triage and publishes nothing).
 */
@Component
class TriageOnEmailReceived {

	private final AssistantTriage triage;

	TriageOnEmailReceived(AssistantTriage triage) {
		this.triage = triage;
	}

	@ApplicationModuleListener
	void on(EmailReceived event) {
		triage.received(event);
	}

}
