package dev.deskhand.inbox.internal;

import jakarta.mail.AuthenticationFailedException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Turns connection failures into reasons a person can act on. */
public final class ConnectionErrors {

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
			case UnknownHostException u -> "The server name " + host + " was not found (DNS). Check the spelling.";
			case ConnectException c ->
				"The connection to " + host + ":" + port + " was refused. Check the port and the security setting.";
			case NoRouteToHostException n -> host + " cannot be reached from here (no route).";
			case SocketTimeoutException s ->
				host + ":" + port + " did not answer in time. Check host, port and " + "firewall.";
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
