package dev.deskhand.inbox.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.inbox.AuthKind;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.inbox.NewMailbox;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.OutboundAddresses;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks a mailbox's settings field by field, with the JSON pointer of the bad field. */
public final class MailboxRules {

	private static final Pattern HOST = Pattern
		.compile("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$");

	private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "::1");

	/** The input error's message for a port that is no mail port. */
	public static final String MAIL_PORTS_ONLY = "Mail servers are reached on port 143 or 993 (IMAP), 25, 465 or 587 "
			+ "(SMTP)";

	/** The parameters of each authorization request (RFC 6749 4.1.1, RFC 7636 4.3). */
	private static final Set<String> SIGN_IN_PARAMETERS = Set.of("response_type", "client_id", "redirect_uri", "scope",
			"state", "code_challenge", "code_challenge_method");

	private MailboxRules() {
	}

	/**
	 * The settings, trimmed; throws for the first bad field. Hosts, ports and endpoints
	 * must be ones {@code outbound} lets Deskhand connect to (checked again on connect).
	 */
	public static NewMailbox check(NewMailbox m, boolean passwordRequired, OutboundAddresses outbound) {
		String address = address(m.address(), "/address");
		String displayName = m.displayName() == null || m.displayName().isBlank() ? address : m.displayName().strip();
		if (displayName.length() > 200) {
			throw new InvalidInputException("/displayName", Text.of("input.displayNameLength"));
		}
		String imapHost = host(m.imapHost(), "/imapHost", outbound);
		String smtpHost = host(m.smtpHost(), "/smtpHost", outbound);
		port(m.imapPort(), "/imapPort", outbound);
		port(m.smtpPort(), "/smtpPort", outbound);
		security(m.imapSecurity(), imapHost, "/imapSecurity");
		security(m.smtpSecurity(), smtpHost, "/smtpSecurity");
		if (m.username() == null || m.username().isBlank() || m.username().length() > 254) {
			throw new InvalidInputException("/username", Text.of("input.username"));
		}
		AuthKind kind = m.authKind() == null ? AuthKind.PASSWORD : m.authKind();
		boolean oauth = kind == AuthKind.XOAUTH2;
		String password = m.password() == null || m.password().isBlank() ? null
				: oauth ? m.password().strip() : m.password();
		String authorizationUri = oauth ? authorizationUri(m.oauthAuthorizationUri(), outbound) : null;
		// with an authorization endpoint the refresh token comes from signing in on the
		// Mailboxes page, so it need not be pasted
		if (passwordRequired && password == null && authorizationUri == null) {
			throw new InvalidInputException("/password",
					Text.of(oauth ? "input.refreshTokenMissing" : "input.passwordMissing"));
		}
		if (password != null && password.length() > (oauth ? 8000 : 1000)) {
			throw new InvalidInputException("/password",
					Text.of(oauth ? "input.refreshTokenLength" : "input.mailPasswordLength"));
		}
		String tokenUri = oauth ? tokenUri(m.oauthTokenUri(), outbound) : null;
		String clientId = oauth ? required(m.oauthClientId(), "/oauthClientId", "input.oauthClientId", 500) : null;
		String scopes = oauth ? required(m.oauthScopes(), "/oauthScopes", "input.oauthScopes", 2000) : null;
		String clientSecret = oauth && m.oauthClientSecret() != null && !m.oauthClientSecret().isBlank()
				? m.oauthClientSecret().strip() : null;
		if (clientSecret != null && clientSecret.length() > 1000) {
			throw new InvalidInputException("/oauthClientSecret", Text.of("input.clientSecretLength"));
		}
		String pem = m.trustedCertificate() == null || m.trustedCertificate().isBlank() ? null
				: m.trustedCertificate().strip();
		if (pem != null) {
			try {
				MailSessions.trusting(pem);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("/trustedCertificate", Text.of("input.certificate"));
			}
		}
		if (m.pollSeconds() < 10 || m.pollSeconds() > 86400) {
			throw new InvalidInputException("/pollSeconds", Text.of("input.pollSeconds"));
		}
		return new NewMailbox(address, displayName, imapHost, m.imapPort(), m.imapSecurity(), smtpHost, m.smtpPort(),
				m.smtpSecurity(), m.username().strip(), password, pem, m.pollSeconds(), m.enabled(), kind, tokenUri,
				clientId, clientSecret, scopes == null ? null : String.join(" ", scopes.split("[\\s,]+")),
				authorizationUri);
	}

	private static String required(@Nullable String value, String pointer, String key, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw new InvalidInputException(pointer, Text.of(key, max));
		}
		return value.strip();
	}

	/** An https token endpoint (http only where the operator allows private hosts). */
	private static String tokenUri(@Nullable String value, OutboundAddresses outbound) {
		String uri = value == null ? "" : value.strip();
		if (outbound.webAddress("/oauthTokenUri", uri) == null) {
			throw new InvalidInputException("/oauthTokenUri", Text.of("input.tokenUri"));
		}
		return uri;
	}

	/**
	 * An https authorization endpoint (http only where the operator allows private
	 * hosts), optional; its query may add fixed parameters but not those Deskhand sets
	 * for each sign-in.
	 */
	private static @Nullable String authorizationUri(@Nullable String value, OutboundAddresses outbound) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String uri = value.strip();
		URI parsed = outbound.webAddress("/oauthAuthorizationUri", uri);
		if (parsed == null || parsed.getRawFragment() != null) {
			throw new InvalidInputException("/oauthAuthorizationUri", Text.of("input.authorizationUri"));
		}
		if (parsed.getRawQuery() != null) {
			for (String pair : parsed.getRawQuery().split("&")) {
				String name = pair.split("=", 2)[0];
				if (SIGN_IN_PARAMETERS.contains(name)) {
					throw new InvalidInputException("/oauthAuthorizationUri",
							Text.of("input.authorizationParameter", name));
				}
			}
		}
		return uri;
	}

	public static String address(@Nullable String value, String pointer) {
		if (value == null || value.isBlank() || value.length() > 254) {
			throw new InvalidInputException(pointer, Text.of("input.emailMissing"));
		}
		try {
			InternetAddress parsed = new InternetAddress(value.strip(), true);
			if (!parsed.getAddress().contains("@") || parsed.getPersonal() != null) {
				throw new AddressException("no domain");
			}
			return parsed.getAddress().toLowerCase(Locale.ROOT);
		}
		catch (AddressException e) {
			throw new InvalidInputException(pointer, Text.of("input.notEmailValue", value.strip()));
		}
	}

	private static String host(@Nullable String value, String pointer, OutboundAddresses outbound) {
		String host = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!HOST.matcher(host).matches() && !host.equals("::1")) {
			throw new InvalidInputException(pointer, Text.of("input.hostName", value == null ? "" : value.strip()));
		}
		outbound.checkHost(pointer, host);
		return host;
	}

	private static void port(int port, String pointer, OutboundAddresses outbound) {
		if (port < 1 || port > 65535) {
			throw new InvalidInputException(pointer, Text.of("input.port"));
		}
		if (!outbound.allowsMailPort(port)) {
			throw new InvalidInputException(pointer, Text.of("mailboxes.error.mailPort"));
		}
	}

	private static void security(@Nullable MailSecurity security, String host, String pointer) {
		if (security == null) {
			throw new InvalidInputException(pointer, Text.of("input.security"));
		}
		if (security == MailSecurity.NONE && !LOCAL.contains(host)) {
			throw new InvalidInputException(pointer, Text.of("input.unencrypted"));
		}
	}

}
