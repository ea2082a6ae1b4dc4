package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.PersonId;
import java.util.UUID;

/**
 * A browser sign-in whose state a callback has just presented (and so used up): which
 * mailbox of which workspace it is for and who started it. Completed with
 * {@link InboxManagement#completeOAuthSignIn}.
 *
 * @param id the sign-in's record, holding the PKCE verifier and the redirect URI
 */
public record OAuthSignIn(UUID id, WorkspaceId workspace, MailboxId mailbox, PersonId person) {
}
