package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The connect-time guard with the switch off, as in production, against a real listener
 * on 127.0.0.1: whatever the input checks let through (here they are skipped), no
 * connection reaches it.
 */
class OutboundConnectTests {

	private final OutboundAddresses outbound = new OutboundAddresses(false);

	private ServerSocketChannel listener;

	private int port;

	@BeforeEach
	void listen() throws Exception {
		listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		listener.configureBlocking(false);
		port = listener.socket().getLocalPort();
	}

	@AfterEach
	void close() throws Exception {
		listener.close();
	}

	@Test
	void webhookToLoopbackIsRefusedBeforeConnecting() throws Exception {
		RestClient http = RestClient.builder().requestFactory(outbound.http(Duration.ofSeconds(2))).build();
		for (String url : new String[] { "https://127.0.0.1:" + port + "/hook", "https://localhost:" + port + "/hook",
				"https://127.1:" + port + "/hook", "http://127.0.0.1:" + port + "/hook" }) {
			assertThatThrownBy(() -> http.post()
				.uri(url)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("text", "hello"))
				.retrieve()
				.toBodilessEntity()).as(url)
				.isInstanceOf(ResourceAccessException.class)
				.hasRootCauseInstanceOf(SocketException.class);
		}
		assertNothingArrived();
	}

	@Test
	void mailToLoopbackIsRefusedAtConnectEvenWithoutFallback() throws Exception {
		for (String protocol : new String[] { "imap", "imaps", "smtp", "smtps" }) {
			Properties p = new Properties();
			p.put("mail." + protocol + ".socketFactory", outbound.mailSockets());
			p.put("mail." + protocol + ".socketFactory.fallback", "false");
			p.put("mail." + protocol + ".connectiontimeout", "2000");
			Session session = Session.getInstance(p);
			assertThatThrownBy(() -> {
				if (protocol.startsWith("imap")) {
					session.getStore(protocol).connect("127.0.0.1", port, "user", "secret");
				}
				else {
					session.getTransport(protocol).connect("127.0.0.1", port, "user", "secret");
				}
			}).as(protocol).isInstanceOf(MessagingException.class);
		}
		assertNothingArrived();
	}

	@Test
	void aPublicAddressOnAnotherPortThanMailIsRefused() {
		assertThatThrownBy(
				() -> outbound.mailSockets().createSocket().connect(new InetSocketAddress("93.184.215.14", 22), 500))
			.isInstanceOf(SocketException.class)
			.hasMessageContaining("port 22");
	}

	@Test
	void tlsIsNotLayeredOverAConnectionToARefusedAddress() throws Exception {
		SSLSocketFactory tls = outbound.tls((SSLSocketFactory) SSLSocketFactory.getDefault(), true);
		// Jakarta Mail with a trust of its own connects the plain socket itself
		try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), port)) {
			assertThatThrownBy(() -> tls.createSocket(plain, "localhost", port, true))
				.isInstanceOf(SocketException.class);
			assertThat(plain.isClosed()).isTrue();
		}
		try (var accepted = listener.accept()) {
			// the connection was made, but not a byte was sent over it
			accepted.configureBlocking(true);
			accepted.socket().setSoTimeout(1000);
			assertThat(accepted.socket().getInputStream().read()).isEqualTo(-1);
		}
	}

	private void assertNothingArrived() throws Exception {
		assertThat(listener.accept()).as("a connection reached the listener").isNull();
	}

}
