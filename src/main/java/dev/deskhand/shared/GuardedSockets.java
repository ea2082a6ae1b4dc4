package dev.deskhand.shared;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.SocketFactory;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * The connect-time half of {@link OutboundAddresses}: sockets that check the address they
 * are about to connect to (the one the name resolved to just now, which is then used as
 * is), TLS layered only over such a checked connection, and HTTP requests built on them.
 */
final class GuardedSockets {

	private GuardedSockets() {
	}

	/**
	 * Thrown instead of connecting; a {@link SocketException}, like any unreachable host.
	 */
	static final class Refused extends SocketException {

		Refused(String message) {
			super(message);
		}

	}

	static void check(OutboundAddresses policy, boolean mail, InetAddress address, int port) throws Refused {
		if (!policy.allows(address)) {
			throw new Refused("Refused to connect to " + address.getHostAddress() + " ("
					+ OutboundAddresses.classify(address) + ")");
		}
		if (mail && !policy.allowsMailPort(port)) {
			throw new Refused("Refused to connect to port " + port + ": not a mail port");
		}
	}

	/** A socket whose connect checks the resolved address first. */
	static final class CheckedSocket extends Socket {

		private final OutboundAddresses policy;

		private final boolean mail;

		CheckedSocket(OutboundAddresses policy, boolean mail) {
			this.policy = policy;
			this.mail = mail;
		}

		@Override
		public void connect(SocketAddress endpoint, int timeout) throws IOException {
			if (!(endpoint instanceof InetSocketAddress target) || target.getAddress() == null) {
				throw new UnknownHostException(String.valueOf(endpoint));
			}
			check(policy, mail, target.getAddress(), target.getPort());
			super.connect(target, timeout);
		}

	}

	static final class Plain extends SocketFactory {

		private final OutboundAddresses policy;

		private final boolean mail;

		Plain(OutboundAddresses policy, boolean mail) {
			this.policy = policy;
			this.mail = mail;
		}

		@Override
		public Socket createSocket() {
			return new CheckedSocket(policy, mail);
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return connected(new InetSocketAddress(host, port));
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return connected(new InetSocketAddress(host, port));
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return connected(new InetSocketAddress(host, port));
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return connected(new InetSocketAddress(address, port));
		}

		Socket connected(InetSocketAddress target) throws IOException {
			Socket socket = createSocket();
			socket.connect(target);
			return socket;
		}

	}

	/**
	 * TLS: an unconnected socket is a {@link CheckedSocket} (HttpsURLConnection layers
	 * TLS over it after connecting); a connection handed in to be layered (Jakarta Mail's
	 * implicit TLS and STARTTLS) is checked before a byte is sent.
	 */
	static final class Tls extends SSLSocketFactory {

		private final Plain plain;

		private final OutboundAddresses policy;

		private final SSLSocketFactory trust;

		private final boolean mail;

		Tls(OutboundAddresses policy, SSLSocketFactory trust, boolean mail) {
			this.plain = new Plain(policy, mail);
			this.policy = policy;
			this.trust = trust;
			this.mail = mail;
		}

		@Override
		public Socket createSocket() {
			return plain.createSocket();
		}

		@Override
		public Socket createSocket(Socket connected, String host, int port, boolean autoClose) throws IOException {
			InetAddress peer = connected.getInetAddress();
			if (peer == null) {
				throw new SocketException("Not connected");
			}
			try {
				check(policy, mail, peer, connected.getPort());
			}
			catch (Refused e) {
				connected.close();
				throw e;
			}
			return trust.createSocket(connected, host, port, autoClose);
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return trust.createSocket(plain.createSocket(host, port), host, port, true);
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return createSocket(host, port);
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return trust.createSocket(plain.createSocket(host, port), host.getHostName(), port, true);
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return createSocket(address, port);
		}

		@Override
		public String[] getDefaultCipherSuites() {
			return trust.getDefaultCipherSuites();
		}

		@Override
		public String[] getSupportedCipherSuites() {
			return trust.getSupportedCipherSuites();
		}

	}

	/**
	 * HttpURLConnection requests: https connects through {@link Tls} (so the check runs
	 * on the address actually connected to, and the certificate is checked against the
	 * name); plain http exists only with the operator's switch and to local or private
	 * addresses, checked on the resolved name just before; redirects are not followed.
	 */
	static final class Requests extends SimpleClientHttpRequestFactory {

		private final OutboundAddresses policy;

		private final Tls tls;

		Requests(OutboundAddresses policy, Duration timeout) {
			this.policy = policy;
			this.tls = new Tls(policy, (SSLSocketFactory) SSLSocketFactory.getDefault(), false);
			setConnectTimeout(timeout);
			setReadTimeout(timeout);
		}

		@Override
		protected void prepareConnection(HttpURLConnection connection, String httpMethod) throws IOException {
			super.prepareConnection(connection, httpMethod);
			connection.setInstanceFollowRedirects(false);
			if (connection instanceof HttpsURLConnection https) {
				https.setSSLSocketFactory(tls);
				return;
			}
			for (InetAddress address : InetAddress.getAllByName(connection.getURL().getHost())) {
				if (!policy.allowsPlainHttp(address)) {
					throw new Refused("Refused plain http to " + connection.getURL().getHost() + ": https only");
				}
			}
		}

	}

}
