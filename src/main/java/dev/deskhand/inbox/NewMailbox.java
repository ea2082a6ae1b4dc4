package dev.deskhand.inbox;

import org.jspecify.annotations.Nullable;

/**
 * A mailbox's settings, for adding one or replacing the settings of one.
 *
 * @param address the mailbox's e-mail address; also its scope key
 * ({@code mailbox:ADDRESS})
 * @param password the password or app password, or with {@link AuthKind#XOAUTH2} the
 * OAuth refresh token; null or blank on update keeps the stored one (required on add,
 * except for XOAUTH2 with an authorization endpoint: someone signs in later)
 * @param trustedCertificate a PEM certificate to trust for this mailbox's servers (a
 * self-signed or private-CA server); null to trust the usual public CAs only (on update:
 * null keeps the stored certificate, blank removes it)
 * @param pollSeconds how often to look for new mail when the server offers no IDLE (10 to
 * 86400)
 * @param authKind how to sign in; null means {@link AuthKind#PASSWORD}
 * @param oauthTokenUri with XOAUTH2: the provider's token endpoint (https to a public
 * host; http and private hosts only where the operator allows them)
 * @param oauthClientId with XOAUTH2: the app registration's client id
 * @param oauthClientSecret with XOAUTH2: the client secret, stored encrypted; null or
 * blank for a public client, and on update keeps the stored one
 * @param oauthScopes with XOAUTH2: the scopes, separated by spaces
 * @param oauthAuthorizationUri with XOAUTH2: the provider's authorization endpoint
 * (https, or http to localhost), where a person signs in from the Mailboxes page; it may
 * carry fixed extra parameters (Google: {@code ?access_type=offline&prompt=consent});
 * null when the refresh token is pasted
 */
public record NewMailbox(String address, String displayName, String imapHost, int imapPort, MailSecurity imapSecurity,
		String smtpHost, int smtpPort, MailSecurity smtpSecurity, String username, @Nullable String password,
		@Nullable String trustedCertificate, int pollSeconds, boolean enabled, @Nullable AuthKind authKind,
		@Nullable String oauthTokenUri, @Nullable String oauthClientId, @Nullable String oauthClientSecret,
		@Nullable String oauthScopes, @Nullable String oauthAuthorizationUri) {

	/** Settings of a mailbox that signs in with a password or a pasted refresh token. */
	public NewMailbox(String address, String displayName, String imapHost, int imapPort, MailSecurity imapSecurity,
			String smtpHost, int smtpPort, MailSecurity smtpSecurity, String username, @Nullable String password,
			@Nullable String trustedCertificate, int pollSeconds, boolean enabled, @Nullable AuthKind authKind,
			@Nullable String oauthTokenUri, @Nullable String oauthClientId, @Nullable String oauthClientSecret,
			@Nullable String oauthScopes) {
		this(address, displayName, imapHost, imapPort, imapSecurity, smtpHost, smtpPort, smtpSecurity, username,
				password, trustedCertificate, pollSeconds, enabled, authKind, oauthTokenUri, oauthClientId,
				oauthClientSecret, oauthScopes, null);
	}

	/** Settings of a mailbox that signs in with a password. */
	public NewMailbox(String address, String displayName, String imapHost, int imapPort, MailSecurity imapSecurity,
			String smtpHost, int smtpPort, MailSecurity smtpSecurity, String username, @Nullable String password,
			@Nullable String trustedCertificate, int pollSeconds, boolean enabled) {
		this(address, displayName, imapHost, imapPort, imapSecurity, smtpHost, smtpPort, smtpSecurity, username,
				password, trustedCertificate, pollSeconds, enabled, AuthKind.PASSWORD, null, null, null, null, null);
	}

	/** The same settings with another password (or refresh token) and certificate. */
	public NewMailbox with(@Nullable String password, @Nullable String trustedCertificate) {
		return new NewMailbox(address, displayName, imapHost, imapPort, imapSecurity, smtpHost, smtpPort, smtpSecurity,
				username, password, trustedCertificate, pollSeconds, enabled, authKind, oauthTokenUri, oauthClientId,
				oauthClientSecret, oauthScopes, oauthAuthorizationUri);
	}

}
