package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.AuthKind;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MailboxView;
import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox row, with its sealed credential; never leaves the module (views drop the
 * credential).
 */
public record Mailbox(MailboxId id, WorkspaceId workspace, String address, String displayName, Server imap, Server smtp,
		String username, AuthKind authKind, CredentialCipher.Sealed credential, @Nullable String trustedCertificate,
		int pollSeconds, boolean enabled, @Nullable Instant lastFetchAt, @Nullable Boolean lastFetchOk,
		@Nullable String lastFetchError, Instant createdAt) {

	public MailboxView view() {
		return new MailboxView(id, workspace, address, displayName, imap.host(), imap.port(), imap.security(),
				smtp.host(), smtp.port(), smtp.security(), username, authKind, credential.ciphertext().length > 0,
				trustedCertificate != null, pollSeconds, enabled, lastFetchAt, lastFetchOk, lastFetchError);
	}

	/** A server to connect to. */
	public record Server(String host, int port, MailSecurity security) {
	}

}
