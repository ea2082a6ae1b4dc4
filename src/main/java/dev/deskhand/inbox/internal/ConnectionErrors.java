package dev.deskhand.inbox.internal;

import jakarta.mail.AuthenticationFailedException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns connection failures into reasons a person can act on. A host that cannot be
 * reached gets one message whatever the cause (unknown name, refused, timed out, or an
 * address Deskhand does not connect to): telling them apart would let anyone who may test
 * a mailbox scan ports through Deskhand. The cause goes to the log.
 */
public final class ConnectionErrors {

	/** The one answer for a server that cannot be reached. */
	public static final String UNREACHABLE = "the server could not be reached from Deskhand. Check the server name, "
			+ "the port and the security setting; Deskhand connects only to public addresses on mail ports "
			+ "(143, 993, 25, 465, 587).";

	private static final Logger log = LoggerFactory.getLogger(ConnectionErrors.class);

	private ConnectionErrors() {
	}

	public static String describe(Throwable error, String host, int port) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			String reason = reason(t, host, port);
			if (reason != null) {
				return reason;
			}
		}
		String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
		return "The connection to " + host + ":" + port + " failed: " + firstLine(message);
	}

	private static @org.jspecify.annotations.Nullable String reason(Throwable t, String host, int port) {
		return switch (t) {
			case UnknownHostException u -> unreachable(u, host, port);
			case SocketException s -> unreachable(s, host, port);
			case SocketTimeoutException s -> unreachable(s, host, port);
			case CertificateException c -> "The TLS certificate of " + host + " is not trusted or does not match "
					+ "the name: " + firstLine(String.valueOf(c.getMessage()));
			case SSLHandshakeException h -> "The TLS handshake with " + host + ":" + port + " failed (certificate "
					+ "not trusted, or the port does not speak TLS): " + firstLine(String.valueOf(h.getMessage()));
			case SSLException s -> "TLS with " + host + ":" + port + " failed: "
					+ firstLine(String.valueOf(s.getMessage())) + ". Is the security setting right (TLS or STARTTLS)?";
			case OAuthTokens.SignInExpiredException x -> OAuthTokens.EXPIRED;
			case OAuthTokens.NotConnectedException x -> OAuthTokens.NOT_CONNECTED;
			case OAuthTokens.AccessTokenRefusedException x -> OAuthTokens.REFUSED;
			case AuthenticationFailedException a -> "Sign-in failed: the server refused the user name or password. "
					+ "With two-step verification, create an app password and use it here.";
			default -> starttls(t, host);
		};
	}

	private static String unreachable(Throwable cause, String host, int port) {
		log.info("{}:{} not reachable: {}", host, port, cause.toString());
		return host + ":" + port + ": " + UNREACHABLE;
	}

	private static @org.jspecify.annotations.Nullable String starttls(Throwable t, String host) {
		String message = String.valueOf(t.getMessage());
		if (message.contains("STARTTLS")) {
			return host + " does not offer STARTTLS: choose TLS (usually port 993 or 465) instead.";
		}
		if (t instanceof jakarta.mail.MessagingException && message.toLowerCase().contains("auth")) {
			return "Sign-in failed: " + firstLine(message);
		}
		return null;
	}

	private static String firstLine(String s) {
		int nl = s.indexOf('\n');
		String line = (nl < 0 ? s : s.substring(0, nl)).strip();
		return line.length() > 300 ? line.substring(0, 300) : line;
	}

}
