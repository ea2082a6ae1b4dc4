package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Access tokens for XOAUTH2 mailboxes: the stored refresh token is exchanged at the
 * provider's token endpoint (RFC 6749 section 6, client secret in the form body, as
 * Microsoft and Google accept), the access token is kept in memory until a minute before
 * it expires, and a rotated refresh token replaces the stored one at once, encrypted.
 * <p>
 * A plain form POST rather than Spring Security's OAuth2 client: the refresh-token grant
 * is one request, and the client's request type wants a client registration and a current
 * access token this module does not have; it would also add a dependency for it.
 */
@Component
public class OAuthTokens {

	/** Refresh this long before the access token expires. */
	static final Duration MARGIN = Duration.ofSeconds(60);

	static final String REFUSED = "Sign-in failed: the server refused the OAuth access token. Check that the app "
			+ "registration has the mail scopes (IMAP and SMTP) and that the user name is the signed-in account.";

	static final String EXPIRED = "The mailbox's sign-in has expired or was revoked: sign in again";

	private final CredentialCipher cipher;

	private final Mailboxes mailboxes;

	private final Clock clock;

	private final RestClient http;

	private final Map<MailboxId, Cached> cache = new ConcurrentHashMap<>();

	OAuthTokens(CredentialCipher cipher, Mailboxes mailboxes, Clock clock, InboxProperties properties) {
		this.cipher = cipher;
		this.mailboxes = mailboxes;
		this.clock = clock;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
		factory.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().requestFactory(factory).build();
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

	private String refresh(Mailbox mailbox, Mailbox.OAuthClient client, Instant now) throws MessagingException {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "refresh_token");
		form.add("refresh_token", cipher.open(mailbox.workspace(), mailbox.id(), mailbox.credential()));
		form.add("client_id", client.clientId());
		if (client.clientSecret() != null) {
			form.add("client_secret", cipher.open(mailbox.workspace(), mailbox.id(), client.clientSecret()));
		}
		form.add("scope", client.scopes());
		Answer answer;
		try {
			answer = http.post()
				.uri(client.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(form)
				.exchange((request, response) -> new Answer(response.getStatusCode().value(),
						response.bodyTo(Map.class)));
		}
		catch (RestClientException e) {
			throw new MessagingException("The sign-in service " + client.provider() + " could not be reached: "
					+ e.getMostSpecificCause().getMessage(), e);
		}
		Map<?, ?> body = answer.body() == null ? Map.of() : answer.body();
		if (answer.status() != 200 || !(body.get("access_token") instanceof String accessToken)) {
			cache.remove(mailbox.id());
			Object error = body.get("error");
			if ("invalid_grant".equals(error)) {
				throw new SignInExpiredException();
			}
			throw new MessagingException("The sign-in service " + client.provider() + " refused to issue a token ("
					+ answer.status() + (error == null ? "" : ", " + error) + ")"
					+ (body.get("error_description") instanceof String d ? ": " + d : ""));
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
