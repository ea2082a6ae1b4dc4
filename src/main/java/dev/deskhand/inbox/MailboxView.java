package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox's settings as shown to those who manage it: never the credential, only
 * whether one is stored.
 *
 * @param lastFetchOk null before the first fetch
 * @param lastFetchError why the last fetch failed, in words a person can act on; null
 * when it worked
 */
public record MailboxView(MailboxId id, WorkspaceId workspace, String address, String displayName, String imapHost,
		int imapPort, MailSecurity imapSecurity, String smtpHost, int smtpPort, MailSecurity smtpSecurity,
		String username, AuthKind authKind, boolean credentialStored, boolean customCertificate, int pollSeconds,
		boolean enabled, @Nullable Instant lastFetchAt, @Nullable Boolean lastFetchOk,
		@Nullable String lastFetchError) {
}
