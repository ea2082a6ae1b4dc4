package dev.deskhand.inbox;

import org.jspecify.annotations.Nullable;

/**
 * A mailbox's settings, for adding one or replacing the settings of one.
 *
 * @param address the mailbox's e-mail address; also its scope key
 * ({@code mailbox:ADDRESS})
 * @param password the password or app password; null or blank on update keeps the stored
 * one (required on add)
 * @param trustedCertificate a PEM certificate to trust for this mailbox's servers (a
 * self-signed or private-CA server); null to trust the usual public CAs only (on update:
 * null keeps the stored certificate, blank removes it)
 * @param pollSeconds how often to look for new mail when the server offers no IDLE (10 to
 * 86400)
 */
public record NewMailbox(String address, String displayName, String imapHost, int imapPort, MailSecurity imapSecurity,
		String smtpHost, int smtpPort, MailSecurity smtpSecurity, String username, @Nullable String password,
		@Nullable String trustedCertificate, int pollSeconds, boolean enabled) {
}
