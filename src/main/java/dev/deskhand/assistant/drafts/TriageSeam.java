package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.MailText;
import dev.deskhand.assistant.Triage;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * Where drafts get an e-mail's triage (language, intent, references): the classifier's
 * stored result for a stored message, else its reading of the text
 * ({@code ClassifierTriage}).
 */
public interface TriageSeam {

	/**
	 * The triage of {@code mail}: the stored one when {@code message} is a stored message
	 * that has one.
	 */
	Triage triage(WorkspaceId workspace, @Nullable MessageId message, MailText mail);

}
