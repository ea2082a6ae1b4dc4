package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.AssistantTriage;
import dev.deskhand.assistant.MailText;
import dev.deskhand.assistant.Triage;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The triage lane's classifier behind {@link TriageSeam} (the merge of the triage and
 * drafts lanes): a stored message's stored triage (a person's correction wins), else the
 * workspace's reading of the text.
 */
@Component
class ClassifierTriage implements TriageSeam {

	private final AssistantTriage triage;

	ClassifierTriage(AssistantTriage triage) {
		this.triage = triage;
	}

	@Override
	public Triage triage(WorkspaceId workspace, @Nullable MessageId message, MailText mail) {
		if (message != null) {
			var stored = triage.triageOf(workspace, message);
			if (stored.isPresent()) {
				return stored.get();
			}
		}
		return triage.triage(workspace, mail);
	}

}
