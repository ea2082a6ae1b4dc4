package dev.deskhand.inbox;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox's settings as shown to those who manage it: never the credential (password,
 * refresh token or client secret), only whether one is stored.
 *
 * @param credentialStored whether a password or refresh token is stored; false for an
 * OAuth mailbox nobody has signed in to yet
 * @param lastFetchOk null before the first fetch
 * @param lastFetchError why the last fetch failed, in words a person can act on; null
 * when it worked
 * @param oauthProvider with XOAUTH2: who issues the tokens ("Microsoft", "Google" or the
 * token endpoint's host); null for a password
 * @param oauthTokenUri with XOAUTH2: the token endpoint
 * @param oauthClientId with XOAUTH2: the client id
 * @param oauthScopes with XOAUTH2: the scopes
 * @param oauthAuthorizationUri with XOAUTH2: the authorization endpoint where a person
 * signs in from the Mailboxes page; null when refresh tokens are pasted
 * @param oauthAccount with XOAUTH2: who signed in through the browser (the ID token's
 * e-mail or user name, else the mailbox's user name); null when the refresh token was
 * pasted
 * @param oauthConnectedAt when they signed in
 */
public record MailboxView(MailboxId id, WorkspaceId workspace, String address, String displayName, String imapHost,
		int imapPort, MailSecurity imapSecurity, String smtpHost, int smtpPort, MailSecurity smtpSecurity,
		String username, AuthKind authKind, boolean credentialStored, boolean customCertificate, int pollSeconds,
		boolean enabled, @Nullable Instant lastFetchAt, @Nullable Boolean lastFetchOk, @Nullable String lastFetchError,
		@Nullable String oauthProvider, @Nullable String oauthTokenUri, @Nullable String oauthClientId,
		@Nullable String oauthScopes, @Nullable String oauthAuthorizationUri, @Nullable String oauthAccount,
		@Nullable Instant oauthConnectedAt) {
}
