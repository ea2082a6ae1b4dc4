package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.OAuthSignInException;
import dev.deskhand.shared.OutboundAddresses;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mailbox's token endpoint, the one place that talks to it: the authorization code of
 * a browser sign-in is exchanged for the first refresh token (RFC 6749 section 4.1.3,
 * with the PKCE verifier of RFC 7636), and the stored refresh token for access tokens
 * (section 6). The client secret goes in the form body, as Microsoft and Google accept.
 * The access token is kept in memory until a minute before it expires, and a rotated
 * refresh token replaces the stored one at once, encrypted. Neither tokens nor codes are
 * ever logged or put into an error message.
 * <p>
 * A plain form POST rather than Spring Security's OAuth2 client: each grant is one
 * request, and the client's types want a client registration repository and an
 * authorized-client store, while here every mailbox brings its own endpoints and client
 * and the refresh token must live sealed in the mailbox's row; it would also add a
 * dependency for two requests.
 */
@Component
public class OAuthTokens {

	/** Refresh this long before the access token expires. */
	static final Duration MARGIN = Duration.ofSeconds(60);

	static final String REFUSED = "Sign-in failed: the server refused the OAuth access token. Check that the app "
			+ "registration has the mail scopes (IMAP and SMTP) and that the user name is the signed-in account.";

	static final String EXPIRED = "The mailbox's sign-in has expired or was revoked: sign in again";

	static final String NOT_CONNECTED = "The mailbox is not connected yet: sign in with the provider on the "
			+ "Mailboxes page, or paste a refresh token";

	/** Claims of an ID token that name the account, best first. */
	private static final List<String> ACCOUNT_CLAIMS = List.of("email", "preferred_username", "upn");

	private static final Logger log = LoggerFactory.getLogger(OAuthTokens.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CredentialCipher cipher;

	private final Mailboxes mailboxes;

	private final Clock clock;

	private final RestClient http;

	private final Map<MailboxId, Cached> cache = new ConcurrentHashMap<>();

	OAuthTokens(CredentialCipher cipher, Mailboxes mailboxes, Clock clock, InboxProperties properties,
			OutboundAddresses outbound) {
		this.cipher = cipher;
		this.mailboxes = mailboxes;
		this.clock = clock;
		this.http = RestClient.builder().requestFactory(outbound.http(properties.timeout())).build();
	}

	/**
	 * A valid access token for the mailbox, refreshed when none is cached or it expires
	 * within a minute.
	 * @throws SignInExpiredException when the provider refuses the refresh token
	 * (invalid_grant)
	 * @throws MessagingException when the token endpoint fails otherwise
	 */
	public String accessToken(Mailbox mailbox) throws MessagingException {
		Mailbox.OAuthClient client = mailbox.oauth();
		if (client == null) {
			throw new IllegalStateException("Mailbox " + mailbox.id() + " has no OAuth client");
		}
		String cached = cached(mailbox.id());
		if (cached != null) {
			return cached;
		}
		synchronized (this) {
			cached = cached(mailbox.id());
			if (cached != null) {
				return cached;
			}
			// the stored row, not the caller's copy: a rotation since it was read has
			// made the caller's refresh token stale
			Mailbox current = mailboxes.find(mailbox.id()).orElse(mailbox);
			return refresh(current, current.oauth() == null ? client : current.oauth(), clock.instant());
		}
	}

	/**
	 * Forgets the cached access token: the mailbox's settings or refresh token changed.
	 */
	public void forget(MailboxId mailbox) {
		cache.remove(mailbox);
	}

	private @Nullable String cached(MailboxId id) {
		Cached cached = cache.get(id);
		return cached != null && clock.instant().plus(MARGIN).isBefore(cached.expiresAt()) ? cached.accessToken()
				: null;
	}

	/**
	 * Exchanges the authorization code of a browser sign-in for the mailbox's first
	 * refresh token. The access token that comes with it is not kept: the first sign-in
	 * to the mail server refreshes with the stored refresh token, which so shows at once
	 * that it works.
	 * @param redirectUri the one sent with the authorization request
	 * @throws OAuthSignInException when the endpoint cannot be reached, refuses the code,
	 * or returns no refresh token
	 */
	public Granted exchangeCode(Mailbox mailbox, String code, String verifier, String redirectUri) {
		Mailbox.OAuthClient client = mailbox.oauth();
		if (client == null) {
			throw new IllegalStateException("Mailbox " + mailbox.id() + " has no OAuth client");
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "authorization_code");
		form.add("code", code);
		form.add("redirect_uri", redirectUri);
		form.add("code_verifier", verifier);
		Answer answer;
		try {
			answer = post(mailbox, client, form);
		}
		catch (MessagingException e) {
			throw new OAuthSignInException(OAuthSignInException.Reason.TOKEN_FAILED, client.provider(),
					"(" + ConnectionErrors.UNREACHABLE + ")");
		}
		Map<?, ?> body = answer.body() == null ? Map.of() : answer.body();
		if (answer.status() != 200 || !(body.get("access_token") instanceof String)) {
			throw new OAuthSignInException(OAuthSignInException.Reason.TOKEN_FAILED, client.provider(),
					refusal(answer.status(), body));
		}
		if (!(body.get("refresh_token") instanceof String refreshToken) || refreshToken.isBlank()) {
			throw new OAuthSignInException(OAuthSignInException.Reason.NO_REFRESH_TOKEN, client.provider(), null);
		}
		return new Granted(refreshToken, body.get("id_token") instanceof String id ? account(id) : null);
	}

	private String refresh(Mailbox mailbox, Mailbox.OAuthClient client, Instant now) throws MessagingException {
		if (!mailbox.connected()) {
			throw new NotConnectedException();
		}
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "refresh_token");
		form.add("refresh_token", cipher.open(mailbox.workspace(), mailbox.id(), mailbox.credential()));
		form.add("scope", client.scopes());
		Answer answer = post(mailbox, client, form);
		Map<?, ?> body = answer.body() == null ? Map.of() : answer.body();
		if (answer.status() != 200 || !(body.get("access_token") instanceof String accessToken)) {
			cache.remove(mailbox.id());
			Object error = body.get("error");
			if ("invalid_grant".equals(error)) {
				throw new SignInExpiredException();
			}
			throw new MessagingException("The sign-in service " + client.provider() + " refused to issue a token "
					+ refusal(answer.status(), body));
		}
		long seconds = body.get("expires_in") instanceof Number n ? n.longValue()
				: body.get("expires_in") instanceof String s ? Long.parseLong(s.strip()) : 3600;
		if (body.get("refresh_token") instanceof String rotated && !rotated.isBlank()) {
			mailboxes.replaceCredential(mailbox.id(), mailbox.credential(),
					cipher.seal(mailbox.workspace(), mailbox.id(), rotated));
		}
		cache.put(mailbox.id(), new Cached(accessToken, now.plusSeconds(seconds)));
		return accessToken;
	}

	/** A form POST to the token endpoint, with the client's id and secret in the body. */
	private Answer post(Mailbox mailbox, Mailbox.OAuthClient client, MultiValueMap<String, String> form)
			throws MessagingException {
		form.add("client_id", client.clientId());
		if (client.clientSecret() != null) {
			form.add("client_secret", cipher.open(mailbox.workspace(), mailbox.id(), client.clientSecret()));
		}
		try {
			return http.post()
				.uri(client.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(form)
				.exchange((request, response) -> new Answer(response.getStatusCode().value(),
						response.bodyTo(Map.class)));
		}
		catch (RestClientException e) {
			// the person learns only that it was not reachable; refused or timed out is
			// for
			// the log (a difference that would make this a port scanner)
			log.info("Token endpoint {} not reachable: {}", client.tokenUri(), e.getMostSpecificCause().toString());
			throw new MessagingException("The sign-in service " + client.provider() + " could not be reached: "
					+ ConnectionErrors.UNREACHABLE, e);
		}
	}

	/** "(400, invalid_grant): description", from an error response (RFC 6749 5.2). */
	private static String refusal(int status, Map<?, ?> body) {
		Object error = body.get("error");
		return "(" + status + (error == null ? "" : ", " + error) + ")"
				+ (body.get("error_description") instanceof String d ? ": " + d : "");
	}

	/**
	 * Who signed in, from the ID token the provider returns when {@code openid} is among
	 * the scopes. Its signature is not checked: it came straight from the token endpoint
	 * over TLS (OpenID Connect Core 3.1.3.7), and it only names the account for people to
	 * read.
	 */
	static @Nullable String account(String idToken) {
		String[] parts = idToken.split("\\.");
		if (parts.length < 2) {
			return null;
		}
		try {
			Map<?, ?> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
			for (String claim : ACCOUNT_CLAIMS) {
				if (claims.get(claim) instanceof String name && !name.isBlank() && name.length() <= 254
						&& name.chars().noneMatch(Character::isISOControl)) {
					return name.strip();
				}
			}
			return null;
		}
		catch (IllegalArgumentException | JacksonException e) {
			return null;
		}
	}

	/**
	 * What a browser sign-in brought.
	 *
	 * @param account who signed in, from the ID token; null without one
	 */
	public record Granted(String refreshToken, @Nullable String account) {

		@Override
		public String toString() {
			return "Granted[account=" + account + "]";
		}

	}

	/** An OAuth mailbox nobody has signed in to yet. */
	public static final class NotConnectedException extends AuthenticationFailedException {

		NotConnectedException() {
			super(NOT_CONNECTED);
		}

	}

	/** The provider refused the refresh token: someone must sign in again. */
	public static final class SignInExpiredException extends AuthenticationFailedException {

		SignInExpiredException() {
			super(EXPIRED);
		}

	}

	/**
	 * The mail server refused an access token the provider issued: usually the app
	 * registration lacks the IMAP/SMTP scopes, or the user name is not the token's
	 * account.
	 */
	public static final class AccessTokenRefusedException extends AuthenticationFailedException {

		AccessTokenRefusedException(AuthenticationFailedException cause) {
			super(REFUSED, cause);
		}

	}

	private record Answer(int status, @Nullable Map<?, ?> body) {
	}

	private record Cached(String accessToken, Instant expiresAt) {
	}

}
