package dev.deskhand.access;

import dev.deskhand.workspace.InvitationView;

/**
 * Sends an invitation's link to the invited address. Declared here and fulfilled by the
 * inbox module (above this one), so inviting can mail without the access module knowing
 * mailboxes.
 */
public interface InvitationMail {

	/**
	 * Queues the mail in the caller's transaction, so it is sent only if the invitation
	 * commits.
	 * @return false when the workspace has no mailbox to send from (nothing was queued)
	 */
	boolean send(InvitationView invitation, String workspaceName, String link);

}
