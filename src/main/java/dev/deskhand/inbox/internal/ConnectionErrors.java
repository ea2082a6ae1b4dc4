package dev.deskhand.inbox.internal;

import dev.deskhand.shared.Text;
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

	/** The reason in English, for logs and stored failures. */
	public static String describe(Throwable error, String host, int port) {
		return text(error, host, port).english();
	}

	/** The reason as a text of the bundles, shown in the reader's language. */
	public static Text text(Throwable error, String host, int port) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			Text reason = reason(t, host, port);
			if (reason != null) {
				return reason;
			}
		}
		String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
		return Text.of("connection.failed", host + ":" + port, firstLine(message));
	}

	private static @org.jspecify.annotations.Nullable Text reason(Throwable t, String host, int port) {
		return switch (t) {
			case UnknownHostException u -> unreachable(u, host, port);
			case SocketException s -> unreachable(s, host, port);
			case SocketTimeoutException s -> unreachable(s, host, port);
			case CertificateException c ->
				Text.of("connection.certificate", host, firstLine(String.valueOf(c.getMessage())));
			case SSLHandshakeException h ->
				Text.of("connection.handshake", host + ":" + port, firstLine(String.valueOf(h.getMessage())));
			case SSLException s ->
				Text.of("connection.tls", host + ":" + port, firstLine(String.valueOf(s.getMessage())));
			case OAuthTokens.SignInExpiredException x -> Text.of("connection.oauthExpired");
			case OAuthTokens.NotConnectedException x -> Text.of("connection.oauthNotConnected");
			case OAuthTokens.AccessTokenRefusedException x -> Text.of("connection.oauthRefused");
			case AuthenticationFailedException a -> Text.of("connection.signInRefused");
			default -> starttls(t, host);
		};
	}

	private static Text unreachable(Throwable cause, String host, int port) {
		log.info("{}:{} not reachable: {}", host, port, cause.toString());
		return Text.of("connection.unreachable", host + ":" + port);
	}

	private static @org.jspecify.annotations.Nullable Text starttls(Throwable t, String host) {
		String message = String.valueOf(t.getMessage());
		if (message.contains("STARTTLS")) {
			return Text.of("connection.noStarttls", host);
		}
		if (t instanceof jakarta.mail.MessagingException && message.toLowerCase().contains("auth")) {
			return Text.of("connection.signInFailed", firstLine(message));
		}
		return null;
	}

	private static String firstLine(String s) {
		int nl = s.indexOf('\n');
		String line = (nl < 0 ? s : s.substring(0, nl)).strip();
		return line.length() > 300 ? line.substring(0, 300) : line;
	}

}
