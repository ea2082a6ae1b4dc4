package dev.deskhand.inbox.internal;

import dev.deskhand.access.InvitationMail;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.workspace.InvitationView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * E-mails an invitation's link to the invited address from the workspace's first enabled
 * mailbox, in the workspace's language, through the outbox (in the inviting transaction).
 */
@Component
class InvitationMailer implements InvitationMail {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Mailboxes mailboxes;

	private final InboxManagement inbox;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	InvitationMailer(Mailboxes mailboxes, InboxManagement inbox, WorkspaceManagement workspaces,
			MessageSource messages) {
		this.mailboxes = mailboxes;
		this.inbox = inbox;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@Override
	public boolean send(InvitationView invitation, String workspaceName, String link) {
		if (mailboxes.ofWorkspace(invitation.workspace()).stream().noneMatch(Mailbox::enabled)) {
			return false;
		}
		Locale language = Locale.forLanguageTag(
				workspaces.findWorkspace(invitation.workspace()).map(w -> w.defaultLanguage()).orElse("en"));
		String role = messages.getMessage("role." + invitation.role(), null, language);
		String subject = messages.getMessage("invitationMail.subject", new Object[] { workspaceName }, language);
		String body = messages.getMessage("invitationMail.body",
				new Object[] { workspaceName, role, UNTIL.format(invitation.expiresAt()), link }, language);
		inbox.sendSystemMail(invitation.workspace(), null, invitation.email(), subject, body, List.of());
		return true;
	}

}
