package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.AuthKind;
import dev.deskhand.inbox.MailSecurity;
import dev.deskhand.shared.OutboundAddresses;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Opens IMAP stores and SMTP transports for a mailbox: TLS or a required STARTTLS, server
 * identity checked, and — when the mailbox names one — trust in exactly its own PEM
 * certificate instead of the public CAs. There is no "trust everything" switch. Every
 * connection goes through {@link OutboundAddresses}' checked sockets: a mail server on
 * this machine, the private network or a port that is not a mail port is refused when the
 * socket connects, whatever the host name resolved to.
 */
@Component
public class MailSessions {

	private final CredentialCipher cipher;

	private final InboxProperties properties;

	private final OAuthTokens tokens;

	private final OutboundAddresses outbound;

	MailSessions(CredentialCipher cipher, InboxProperties properties, OAuthTokens tokens, OutboundAddresses outbound) {
		this.cipher = cipher;
		this.properties = properties;
		this.tokens = tokens;
		this.outbound = outbound;
	}

	public Store imap(Mailbox mailbox) throws MessagingException {
		Mailbox.Server server = mailbox.imap();
		String protocol = server.security() == MailSecurity.TLS ? "imaps" : "imap";
		Session session = Session.getInstance(properties(protocol, mailbox, server));
		Store store = session.getStore(protocol);
		signIn(mailbox, () -> store.connect(server.host(), server.port(), mailbox.username(), secret(mailbox)));
		return store;
	}

	/**
	 * A store for waiting in IDLE: reads may stay silent for up to 30 minutes (servers
	 * end IDLE after 29 at the latest).
	 */
	public Store imapForIdle(Mailbox mailbox) throws MessagingException {
		Mailbox.Server server = mailbox.imap();
		String protocol = server.security() == MailSecurity.TLS ? "imaps" : "imap";
		Properties p = properties(protocol, mailbox, server);
		p.put("mail." + protocol + ".timeout", String.valueOf(java.time.Duration.ofMinutes(30).toMillis()));
		Store store = Session.getInstance(p).getStore(protocol);
		signIn(mailbox, () -> store.connect(server.host(), server.port(), mailbox.username(), secret(mailbox)));
		return store;
	}

	public Transport smtp(Mailbox mailbox) throws MessagingException {
		Mailbox.Server server = mailbox.smtp();
		String protocol = server.security() == MailSecurity.TLS ? "smtps" : "smtp";
		Session session = Session.getInstance(properties(protocol, mailbox, server));
		Transport transport = session.getTransport(protocol);
		signIn(mailbox, () -> transport.connect(server.host(), server.port(), mailbox.username(), secret(mailbox)));
		return transport;
	}

	/** A session for building messages (no connection). */
	public static Session offline() {
		return Session.getInstance(new Properties());
	}

	/**
	 * Signs in; with XOAUTH2 a refused access token is forgotten (the next sign-in gets a
	 * new one) and reported as such, not as a wrong password.
	 */
	private void signIn(Mailbox mailbox, Connect connect) throws MessagingException {
		try {
			connect.run();
		}
		catch (OAuthTokens.SignInExpiredException | OAuthTokens.NotConnectedException e) {
			throw e;
		}
		catch (AuthenticationFailedException e) {
			if (mailbox.authKind() != AuthKind.XOAUTH2) {
				throw e;
			}
			tokens.forget(mailbox.id());
			throw new OAuthTokens.AccessTokenRefusedException(e);
		}
	}

	private interface Connect {

		void run() throws MessagingException;

	}

	/** The password, or with XOAUTH2 a current access token (refreshed if need be). */
	private String secret(Mailbox mailbox) throws MessagingException {
		if (mailbox.authKind() == AuthKind.XOAUTH2) {
			return tokens.accessToken(mailbox);
		}
		return cipher.open(mailbox.workspace(), mailbox.id(), mailbox.credential());
	}

	private Properties properties(String protocol, Mailbox mailbox, Mailbox.Server server) {
		Properties p = new Properties();
		String prefix = "mail." + protocol + ".";
		String millis = String.valueOf(properties.timeout().toMillis());
		p.put(prefix + "connectiontimeout", millis);
		p.put(prefix + "timeout", millis);
		p.put(prefix + "writetimeout", millis);
		p.put(prefix + "ssl.checkserveridentity", "true");
		if (protocol.startsWith("imap")) {
			// 1 MiB per FETCH instead of 16 KiB: a 20 MB attachment in 20 round trips,
			// not 1300
			p.put(prefix + "fetchsize", String.valueOf(1024 * 1024));
		}
		if (protocol.startsWith("smtp")) {
			p.put(prefix + "auth", "true");
			p.put(prefix + "localhost", "deskhand.localdomain");
		}
		if (mailbox.authKind() == AuthKind.XOAUTH2) {
			// Angus Mail: XOAUTH2 is built in but off by default; offer only it, with the
			// access token as the password
			p.put(prefix + "auth.mechanisms", "XOAUTH2");
			p.put(prefix + "auth.xoauth2.disable", "false");
		}
		if (server.security() == MailSecurity.STARTTLS) {
			p.put(prefix + "starttls.enable", "true");
			p.put(prefix + "starttls.required", "true");
		}
		if (server.security() == MailSecurity.TLS) {
			p.put(prefix + "ssl.enable", "true");
		}
		// Jakarta Mail connects through the checked sockets and layers TLS with the
		// default
		// trust over them; without fallback, a refused connection is not retried
		// unchecked
		p.put(prefix + "socketFactory", outbound.mailSockets());
		p.put(prefix + "socketFactory.fallback", "false");
		if (mailbox.trustedCertificate() != null) {
			// with a trust of its own, Jakarta Mail opens a plain socket itself and hands
			// it
			// to this factory to layer TLS: the checked one refuses it before a byte is
			// sent
			p.put(prefix + "ssl.socketFactory", outbound.tls(trusting(mailbox.trustedCertificate()), true));
		}
		return p;
	}

	/** A socket factory that trusts the given PEM certificate(s) and nothing else. */
	static SSLSocketFactory trusting(String pem) {
		try {
			Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
				.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
			if (certificates.isEmpty()) {
				throw new IllegalArgumentException("no certificate");
			}
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			int i = 0;
			for (Certificate c : certificates) {
				store.setCertificateEntry("trusted-" + i++, c);
			}
			TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			tmf.init(store);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, tmf.getTrustManagers(), null);
			return context.getSocketFactory();
		}
		catch (GeneralSecurityException | java.io.IOException e) {
			throw new IllegalArgumentException("Not a PEM certificate: " + e.getMessage(), e);
		}
	}

}
