package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.AuthKind;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MailboxView;
import dev.deskhand.shared.WorkspaceId;
import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox row, with its sealed credential (password, or refresh token with XOAUTH2);
 * never leaves the module (views drop the credential and the client secret).
 *
 * @param oauth the OAuth client with {@link AuthKind#XOAUTH2}, else null
 */
public record Mailbox(MailboxId id, WorkspaceId workspace, String address, String displayName, Server imap, Server smtp,
		String username, AuthKind authKind, CredentialCipher.Sealed credential, @Nullable String trustedCertificate,
		int pollSeconds, boolean enabled, @Nullable Instant lastFetchAt, @Nullable Boolean lastFetchOk,
		@Nullable String lastFetchError, Instant createdAt, @Nullable OAuthClient oauth) {

	public MailboxView view() {
		return new MailboxView(id, workspace, address, displayName, imap.host(), imap.port(), imap.security(),
				smtp.host(), smtp.port(), smtp.security(), username, authKind, credential.present(),
				trustedCertificate != null, pollSeconds, enabled, lastFetchAt, lastFetchOk, lastFetchError,
				oauth == null ? null : oauth.provider(), oauth == null ? null : oauth.tokenUri(),
				oauth == null ? null : oauth.clientId(), oauth == null ? null : oauth.scopes(),
				oauth == null ? null : oauth.authorizationUri(), oauth == null ? null : oauth.account(),
				oauth == null ? null : oauth.connectedAt());
	}

	/**
	 * Whether a password or refresh token is stored (an OAuth mailbox may wait for its
	 * first sign-in).
	 */
	public boolean connected() {
		return credential.present();
	}

	/** The same mailbox with another credential and OAuth client. */
	public Mailbox with(CredentialCipher.Sealed credential, @Nullable OAuthClient oauth) {
		return new Mailbox(id, workspace, address, displayName, imap, smtp, username, authKind, credential,
				trustedCertificate, pollSeconds, enabled, lastFetchAt, lastFetchOk, lastFetchError, createdAt, oauth);
	}

	/** A server to connect to. */
	public record Server(String host, int port, MailSecurity security) {
	}

	/**
	 * Where and as whom to exchange the refresh token for an access token, and where a
	 * person signs in to get one.
	 *
	 * @param clientSecret sealed like the credential; null for a public client
	 * @param authorizationUri the provider's authorization endpoint, possibly with fixed
	 * extra parameters; null when refresh tokens are only pasted
	 * @param account who signed in through the browser (from the ID token, else the user
	 * name); null when the refresh token was pasted
	 * @param connectedAt when that was
	 */
	public record OAuthClient(String tokenUri, String clientId, CredentialCipher.@Nullable Sealed clientSecret,
			String scopes, @Nullable String authorizationUri, @Nullable String account, @Nullable Instant connectedAt) {

		/** The same client, signed in through the browser by {@code account}. */
		public OAuthClient connected(String account, Instant at) {
			return new OAuthClient(tokenUri, clientId, clientSecret, scopes, authorizationUri, account, at);
		}

		/** "Microsoft", "Google" or the token endpoint's host. */
		public String provider() {
			String host = String.valueOf(URI.create(tokenUri).getHost());
			if (host.equals("login.microsoftonline.com")) {
				return "Microsoft";
			}
			if (host.equals("oauth2.googleapis.com") || host.equals("accounts.google.com")) {
				return "Google";
			}
			return host;
		}

	}

}
