package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.OAuthSignIn;
import dev.deskhand.inbox.OAuthSignInException;
import dev.deskhand.inbox.OAuthSignInException.Reason;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.PersonId;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Browser sign-ins in progress (OAuth 2.0 authorization-code flow, RFC 6749 section 4.1,
 * with PKCE S256, RFC 7636), kept in {@code inbox.oauth_sign_in} rather than the HTTP
 * session: a sign-in survives a restart or a deployment while the person is at the
 * provider (multi-factor prompts take minutes), works when the callback reaches another
 * instance, is used up by one conditional update however many requests race, and a
 * callback can be told apart as expired, already used or someone else's. The state is 256
 * random bits, stored only as its SHA-256; the code verifier is sealed like a mailbox
 * credential.
 */
@Repository
public class OAuthSignIns {

	/** Expired sign-ins are kept this long, to say "expired" rather than "unknown". */
	static final Duration KEEP = Duration.ofDays(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CredentialCipher cipher;

	OAuthSignIns(JdbcClient jdbc, CredentialCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Records a sign-in for {@code person} and returns the provider's URL for it: the
	 * mailbox's authorization endpoint (with its own fixed parameters) plus
	 * {@code response_type=code}, the client id, the redirect URI, the scopes, the state
	 * and the PKCE challenge.
	 */
	public URI start(Mailbox mailbox, PersonId person, String redirectUri, Instant now, Duration validFor) {
		Mailbox.OAuthClient client = mailbox.oauth();
		if (client == null || client.authorizationUri() == null) {
			throw new IllegalStateException("Mailbox " + mailbox.id() + " has no authorization endpoint");
		}
		String state = random();
		String verifier = random();
		CredentialCipher.Sealed sealed = cipher.seal(mailbox.workspace(), mailbox.id(), verifier);
		Instant at = now.truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("delete from inbox.oauth_sign_in where expires_at < ?").param(Timestamp.from(at.minus(KEEP))).update();
		jdbc.sql("""
				insert into inbox.oauth_sign_in (id, state_hash, workspace_id, mailbox_id, person_id, verifier_nonce,
				    verifier, redirect_uri, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), sha256(state), mailbox.workspace().value(), mailbox.id().value(), person.value(),
					sealed.nonce(), sealed.ciphertext(), redirectUri, Timestamp.from(at),
					Timestamp.from(at.plus(validFor)))
			.update();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", client.clientId());
		parameters.put("redirect_uri", redirectUri);
		parameters.put("scope", client.scopes());
		parameters.put("state", state);
		parameters.put("code_challenge", base64Url(digest(verifier.getBytes(StandardCharsets.US_ASCII))));
		parameters.put("code_challenge_method", "S256");
		String base = client.authorizationUri();
		String separator = base.indexOf('?') < 0 ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
		return URI.create(base + separator
				+ parameters.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&")));
	}

	/**
	 * Uses up the state of a callback, whatever comes next, and says whose sign-in it
	 * was.
	 * @throws OAuthSignInException when the state is unknown, was issued to someone else,
	 * was used before or has expired
	 */
	public OAuthSignIn claim(@Nullable String state, @Nullable PersonId caller, Instant now) {
		if (state == null || state.isBlank() || state.length() > 200) {
			throw new OAuthSignInException(Reason.UNKNOWN_STATE, null, null);
		}
		Optional<Row> found = jdbc.sql("""
				select id, workspace_id, mailbox_id, person_id, expires_at from inbox.oauth_sign_in
				where state_hash = ?""")
			.param(sha256(state))
			.query((rs, i) -> new Row(
					new OAuthSignIn(rs.getObject("id", UUID.class),
							new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
							new MailboxId(rs.getObject("mailbox_id", UUID.class)),
							new PersonId(rs.getObject("person_id", UUID.class))),
					rs.getTimestamp("expires_at").toInstant()))
			.optional();
		if (found.isEmpty()) {
			throw new OAuthSignInException(Reason.UNKNOWN_STATE, null, null);
		}
		OAuthSignIn signIn = found.get().signIn();
		boolean first = jdbc.sql("update inbox.oauth_sign_in set used_at = ? where id = ? and used_at is null")
			.params(Timestamp.from(now), signIn.id())
			.update() == 1;
		if (!signIn.person().equals(caller)) {
			throw new OAuthSignInException(Reason.OTHER_PERSON, null, null);
		}
		if (!first) {
			throw new OAuthSignInException(Reason.USED_STATE, null, null, signIn.workspace());
		}
		if (!now.isBefore(found.get().expiresAt())) {
			throw new OAuthSignInException(Reason.EXPIRED_STATE, null, null, signIn.workspace());
		}
		return signIn;
	}

	/** The code verifier and redirect URI of a claimed sign-in. */
	public Pending pending(OAuthSignIn signIn) {
		return jdbc
			.sql("select verifier_nonce, verifier, redirect_uri from inbox.oauth_sign_in where id = ? "
					+ "and used_at is not null")
			.param(signIn.id())
			.query((rs,
					i) -> new Pending(cipher.open(signIn.workspace(), signIn.mailbox(),
							new CredentialCipher.Sealed(rs.getBytes("verifier_nonce"), rs.getBytes("verifier"))),
							rs.getString("redirect_uri")))
			.optional()
			.orElseThrow(() -> new OAuthSignInException(Reason.UNKNOWN_STATE, null, null));
	}

	/** 32 random bytes, base64url without padding: 43 characters (RFC 7636 4.1). */
	private static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return base64Url(bytes);
	}

	private static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] sha256(String state) {
		return digest(state.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is not available", e);
		}
	}

	/**
	 * What the token request of a claimed sign-in needs.
	 *
	 * @param redirectUri the one the authorization request named (RFC 6749 4.1.3)
	 */
	public record Pending(String verifier, String redirectUri) {

		@Override
		public String toString() {
			return "Pending[redirectUri=" + redirectUri + "]";
		}

	}

	private record Row(OAuthSignIn signIn, Instant expiresAt) {
	}

}
