package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.AuthKind;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mailbox rows, their fetch status and the fetch lease. */
@Repository
public class Mailboxes {

	private final JdbcClient jdbc;

	Mailboxes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Mailbox m) {
		jdbc.sql("""
				insert into inbox.mailbox (id, workspace_id, address, display_name, imap_host, imap_port, imap_security,
				    smtp_host, smtp_port, smtp_security, username, auth_kind, credential_nonce, credential,
				    trusted_certificate, poll_seconds, enabled, created_at, oauth_token_uri, oauth_client_id,
				    oauth_client_secret_nonce, oauth_client_secret, oauth_scopes, oauth_authorization_uri,
				    oauth_account, oauth_connected_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id().value(), m.workspace().value(), m.address(), m.displayName(), m.imap().host(),
					m.imap().port(), m.imap().security().name(), m.smtp().host(), m.smtp().port(),
					m.smtp().security().name(), m.username(), m.authKind().name(), m.credential().nonce(),
					m.credential().ciphertext(), m.trustedCertificate(), m.pollSeconds(), m.enabled(),
					Timestamp.from(m.createdAt()), oauthTokenUri(m), oauthClientId(m), oauthSecretNonce(m),
					oauthSecret(m), oauthScopes(m), oauthAuthorizationUri(m), oauthAccount(m), oauthConnectedAt(m))
			.update();
	}

	public void update(Mailbox m) {
		jdbc.sql("""
				update inbox.mailbox set address = ?, display_name = ?, imap_host = ?, imap_port = ?, imap_security = ?,
				    smtp_host = ?, smtp_port = ?, smtp_security = ?, username = ?, auth_kind = ?, credential_nonce = ?,
				    credential = ?, trusted_certificate = ?, poll_seconds = ?, enabled = ?, oauth_token_uri = ?,
				    oauth_client_id = ?, oauth_client_secret_nonce = ?, oauth_client_secret = ?, oauth_scopes = ?,
				    oauth_authorization_uri = ?, oauth_account = ?, oauth_connected_at = ?, version = version + 1
				where id = ?""")
			.params(m.address(), m.displayName(), m.imap().host(), m.imap().port(), m.imap().security().name(),
					m.smtp().host(), m.smtp().port(), m.smtp().security().name(), m.username(), m.authKind().name(),
					m.credential().nonce(), m.credential().ciphertext(), m.trustedCertificate(), m.pollSeconds(),
					m.enabled(), oauthTokenUri(m), oauthClientId(m), oauthSecretNonce(m), oauthSecret(m),
					oauthScopes(m), oauthAuthorizationUri(m), oauthAccount(m), oauthConnectedAt(m), m.id().value())
			.update();
	}

	public Optional<Mailbox> find(MailboxId id) {
		return jdbc.sql("select * from inbox.mailbox where id = ?").param(id.value()).query(Mailboxes::row).optional();
	}

	public Optional<Mailbox> find(WorkspaceId workspace, MailboxId id) {
		return find(id).filter(m -> m.workspace().equals(workspace));
	}

	public boolean addressTaken(WorkspaceId workspace, String address, @Nullable MailboxId except) {
		return jdbc
			.sql("select count(*) from inbox.mailbox where workspace_id = ? and lower(address) = lower(?) "
					+ "and id <> ?")
			.params(workspace.value(), address, except == null ? new UUID(0, 0) : except.value())
			.query(Long.class)
			.single() > 0;
	}

	public List<Mailbox> ofWorkspace(WorkspaceId workspace) {
		return jdbc.sql("select * from inbox.mailbox where workspace_id = ? order by address")
			.param(workspace.value())
			.query(Mailboxes::row)
			.list();
	}

	/** Enabled mailboxes whose last fetch is older than their poll interval. */
	public List<MailboxId> dueForPoll(Instant now) {
		return jdbc.sql("""
				select id from inbox.mailbox where enabled and (last_fetch_at is null
				    or last_fetch_at + make_interval(secs => poll_seconds) <= ?)""")
			.param(Timestamp.from(now))
			.query((rs, i) -> new MailboxId(rs.getObject(1, UUID.class)))
			.list();
	}

	public List<MailboxId> enabled() {
		return jdbc.sql("select id from inbox.mailbox where enabled")
			.query((rs, i) -> new MailboxId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Takes or renews the fetch lease; false when another instance holds a live one. */
	public boolean lease(MailboxId id, UUID owner, Instant now, Duration length) {
		return jdbc.sql("""
				update inbox.mailbox set fetch_lease_owner = ?, fetch_lease_until = ?
				where id = ? and (fetch_lease_owner is null or fetch_lease_owner = ? or fetch_lease_until < ?)""")
			.params(owner, Timestamp.from(now.plus(length)), id.value(), owner, Timestamp.from(now))
			.update() == 1;
	}

	public void release(MailboxId id, UUID owner) {
		jdbc.sql("update inbox.mailbox set fetch_lease_owner = null, fetch_lease_until = null "
				+ "where id = ? and fetch_lease_owner = ?")
			.params(id.value(), owner)
			.update();
	}

	/**
	 * Records a fetch: {@code reason} null when it worked; stored in English and as a
	 * text of the bundles.
	 */
	public void recordFetch(MailboxId id, Instant at, @Nullable Text reason) {
		jdbc.sql("""
				update inbox.mailbox set last_fetch_at = ?, last_fetch_ok = ?, last_fetch_error = ?,
				    last_fetch_reason = ?::jsonb where id = ?""")
			.params(Timestamp.from(at), reason == null, reason == null ? null : reason.english(),
					StoredTexts.write(reason), id.value())
			.update();
	}

	/**
	 * Why each of the workspace's mailboxes last failed to fetch, as texts of the
	 * bundles.
	 */
	public Map<MailboxId, Text> fetchReasons(WorkspaceId workspace) {
		Map<MailboxId, Text> reasons = new java.util.HashMap<>();
		jdbc.sql("select id, last_fetch_reason::text as reason from inbox.mailbox "
				+ "where workspace_id = ? and last_fetch_reason is not null")
			.param(workspace.value())
			.query((rs, n) -> {
				reasons.put(new MailboxId(rs.getObject("id", UUID.class)), StoredTexts.read(rs.getString("reason")));
				return null;
			})
			.list();
		return reasons;
	}

	/**
	 * Replaces the credential (a rotated refresh token) only if it is still the one that
	 * was used, so a token pasted meanwhile by a manager is never overwritten.
	 * @return false when the stored credential had changed
	 */
	public boolean replaceCredential(MailboxId id, CredentialCipher.Sealed used, CredentialCipher.Sealed next) {
		return jdbc
			.sql("update inbox.mailbox set credential_nonce = ?, credential = ? "
					+ "where id = ? and credential_nonce = ? and credential = ?")
			.params(next.nonce(), next.ciphertext(), id.value(), used.nonce(), used.ciphertext())
			.update() == 1;
	}

	private static @Nullable String oauthTokenUri(Mailbox m) {
		return m.oauth() == null ? null : m.oauth().tokenUri();
	}

	private static @Nullable String oauthClientId(Mailbox m) {
		return m.oauth() == null ? null : m.oauth().clientId();
	}

	private static @Nullable String oauthScopes(Mailbox m) {
		return m.oauth() == null ? null : m.oauth().scopes();
	}

	private static @Nullable String oauthAuthorizationUri(Mailbox m) {
		return m.oauth() == null ? null : m.oauth().authorizationUri();
	}

	private static @Nullable String oauthAccount(Mailbox m) {
		return m.oauth() == null ? null : m.oauth().account();
	}

	private static @Nullable Timestamp oauthConnectedAt(Mailbox m) {
		return m.oauth() == null || m.oauth().connectedAt() == null ? null : Timestamp.from(m.oauth().connectedAt());
	}

	private static byte @Nullable [] oauthSecretNonce(Mailbox m) {
		return m.oauth() == null || m.oauth().clientSecret() == null ? null : m.oauth().clientSecret().nonce();
	}

	private static byte @Nullable [] oauthSecret(Mailbox m) {
		return m.oauth() == null || m.oauth().clientSecret() == null ? null : m.oauth().clientSecret().ciphertext();
	}

	private static Mailbox row(ResultSet rs, int i) throws SQLException {
		Timestamp last = rs.getTimestamp("last_fetch_at");
		Object ok = rs.getObject("last_fetch_ok");
		return new Mailbox(new MailboxId(rs.getObject("id", UUID.class)),
				new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("address"),
				rs.getString("display_name"),
				new Mailbox.Server(rs.getString("imap_host"), rs.getInt("imap_port"),
						MailSecurity.valueOf(rs.getString("imap_security"))),
				new Mailbox.Server(rs.getString("smtp_host"), rs.getInt("smtp_port"),
						MailSecurity.valueOf(rs.getString("smtp_security"))),
				rs.getString("username"), AuthKind.valueOf(rs.getString("auth_kind")),
				new CredentialCipher.Sealed(rs.getBytes("credential_nonce"), rs.getBytes("credential")),
				rs.getString("trusted_certificate"), rs.getInt("poll_seconds"), rs.getBoolean("enabled"),
				last == null ? null : last.toInstant(), ok == null ? null : (Boolean) ok,
				rs.getString("last_fetch_error"), rs.getTimestamp("created_at").toInstant(), oauth(rs));
	}

	private static Mailbox.@Nullable OAuthClient oauth(ResultSet rs) throws SQLException {
		String tokenUri = rs.getString("oauth_token_uri");
		if (tokenUri == null) {
			return null;
		}
		byte[] secret = rs.getBytes("oauth_client_secret");
		Timestamp connectedAt = rs.getTimestamp("oauth_connected_at");
		return new Mailbox.OAuthClient(tokenUri, rs.getString("oauth_client_id"),
				secret == null ? null : new CredentialCipher.Sealed(rs.getBytes("oauth_client_secret_nonce"), secret),
				rs.getString("oauth_scopes"), rs.getString("oauth_authorization_uri"), rs.getString("oauth_account"),
				connectedAt == null ? null : connectedAt.toInstant());
	}

}
