package dev.deskhand.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.stereotype.Component;

/**
 * The one guard for connections Deskhand opens on a user's behalf (mail servers, token
 * endpoints, webhooks): they may reach public addresses only, never this machine, the
 * private network or a cloud's metadata service. The real check runs on the resolved
 * address at connect time (the sockets and HTTP clients handed out here), so a name that
 * resolves differently later (DNS rebinding) is caught too; the input checks only give
 * the person an early, named error. {@code deskhand.outbound.allow-private-hosts}
 * ({@code DESKHAND_ALLOW_PRIVATE_HOSTS}) lets an operator reach local and private servers
 * (and plain http); metadata, multicast and unspecified addresses stay refused.
 */
@Component
public class OutboundAddresses {

	/** What an address is, for the decision whether Deskhand may connect to it. */
	public enum Kind {

		PUBLIC, LOOPBACK, PRIVATE, LINK_LOCAL, SHARED, METADATA, MULTICAST, UNSPECIFIED, RESERVED;

		/** Kinds an operator may open with the switch. */
		boolean local() {
			return this == LOOPBACK || this == PRIVATE || this == LINK_LOCAL || this == SHARED;
		}

	}

	/** IMAP (143, 993) and SMTP (25, 465, 587). */
	public static final Set<Integer> MAIL_PORTS = Set.of(143, 993, 25, 465, 587);

	/** The input error's message for a refused host, followed by the host. */
	public static final String REFUSED_HOST = "Deskhand does not connect to local, private or metadata addresses: ";

	private static final InetAddress AWS_IPV6_METADATA = literal("fd00:ec2::254");

	private final boolean allowPrivateHosts;

	/**
	 * @param allowPrivateHosts also allow this machine and private networks (an
	 * operator's local mail server or webhook listener), any port and plain http
	 */
	public OutboundAddresses(@Value("${deskhand.outbound.allow-private-hosts:false}") boolean allowPrivateHosts) {
		this.allowPrivateHosts = allowPrivateHosts;
	}

	public boolean allowsPrivateHosts() {
		return allowPrivateHosts;
	}

	/** Whether a connection to this (resolved) address may be opened. */
	public boolean allows(InetAddress address) {
		Kind kind = classify(address);
		return kind == Kind.PUBLIC || allowPrivateHosts && kind.local();
	}

	public boolean allowsMailPort(int port) {
		return allowPrivateHosts ? port > 0 && port < 65536 : MAIL_PORTS.contains(port);
	}

	/** Sockets to mail servers: checked address and port when they connect. */
	public SocketFactory mailSockets() {
		return new GuardedSockets.Plain(this, true);
	}

	/** TLS over a checked connection, with the given trust. */
	public SSLSocketFactory tls(SSLSocketFactory trust, boolean mail) {
		return new GuardedSockets.Tls(this, trust, mail);
	}

	/**
	 * HTTP requests for RestClient: https through the checked sockets, plain http only
	 * with the switch, redirects not followed (a redirect could point anywhere).
	 */
	public ClientHttpRequestFactory http(Duration timeout) {
		return new GuardedSockets.Requests(this, timeout);
	}

	/**
	 * Input check of a server name: refuses an address literal or a local name that
	 * {@link #allows} would refuse. Names are not resolved here; that happens at connect
	 * time.
	 * @throws InvalidInputException naming {@code pointer}
	 */
	public void checkHost(String pointer, String host) {
		boolean refused = localName(host) ? !allowPrivateHosts : !allowsLiteral(host);
		if (refused) {
			throw new InvalidInputException(pointer, Text.of("mailboxes.error.privateHost", host));
		}
	}

	/**
	 * Input check of a web address Deskhand will call: https with a host that
	 * {@link #checkHost} accepts; plain http only to a local or private host, and only
	 * with the switch.
	 * @return the parsed address, or {@code null} when it is no such web address
	 * @throws InvalidInputException naming {@code pointer} for a refused host
	 */
	public @Nullable URI webAddress(String pointer, String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException e) {
			return null;
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || url.length() > 2000 || !scheme.equals("https") && !scheme.equals("http")) {
			return null;
		}
		String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
				: uri.getHost();
		checkHost(pointer, host);
		if (scheme.equals("http")) {
			InetAddress literal = literalOrNull(host.toLowerCase(Locale.ROOT));
			boolean local = localName(host) || literal != null && classify(literal).local();
			return allowPrivateHosts && local ? uri : null;
		}
		return uri;
	}

	/** Plain http goes only to local or private addresses, with the switch. */
	boolean allowsPlainHttp(InetAddress address) {
		return allowPrivateHosts && classify(address).local();
	}

	private static boolean localName(String host) {
		String h = host.toLowerCase(Locale.ROOT);
		return h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".localhost.");
	}

	private boolean allowsLiteral(String host) {
		InetAddress literal = literalOrNull(host.toLowerCase(Locale.ROOT));
		return literal == null || allows(literal);
	}

	/**
	 * The kind of an address; IPv4 embedded in IPv6 (mapped, compatible, NAT64, 6to4) as
	 * that IPv4 address.
	 */
	public static Kind classify(InetAddress address) {
		if (address instanceof Inet6Address v6) {
			byte[] b = v6.getAddress();
			byte[] v4 = embeddedV4(b);
			return v4 != null ? classifyV4(v4) : classifyV6(v6, b);
		}
		return classifyV4(address.getAddress());
	}

	private static Kind classifyV4(byte[] b) {
		int a0 = b[0] & 0xff;
		int a1 = b[1] & 0xff;
		if (a0 == 169 && a1 == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254) {
			return Kind.METADATA;
		}
		if (a0 == 0) {
			return Kind.UNSPECIFIED;
		}
		if (a0 == 127) {
			return Kind.LOOPBACK;
		}
		if (a0 == 10 || a0 == 172 && (a1 & 0xf0) == 16 || a0 == 192 && a1 == 168) {
			return Kind.PRIVATE;
		}
		if (a0 == 100 && (a1 & 0xc0) == 64) {
			return Kind.SHARED;
		}
		if (a0 == 169 && a1 == 254) {
			return Kind.LINK_LOCAL;
		}
		if (a0 >= 224 && a0 < 240) {
			return Kind.MULTICAST;
		}
		// 240/4 is reserved and holds the broadcast address 255.255.255.255
		return a0 >= 240 ? Kind.RESERVED : Kind.PUBLIC;
	}

	private static Kind classifyV6(Inet6Address address, byte[] b) {
		int b0 = b[0] & 0xff;
		int b1 = b[1] & 0xff;
		if (address.equals(AWS_IPV6_METADATA)) {
			return Kind.METADATA;
		}
		if (address.isAnyLocalAddress()) {
			return Kind.UNSPECIFIED;
		}
		if (address.isLoopbackAddress()) {
			return Kind.LOOPBACK;
		}
		if (b0 == 0xff) {
			return Kind.MULTICAST;
		}
		if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
			return Kind.LINK_LOCAL;
		}
		// fc00::/7 unique local, and the deprecated site-local fec0::/10
		if ((b0 & 0xfe) == 0xfc || b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
			return Kind.PRIVATE;
		}
		return Kind.PUBLIC;
	}

	/**
	 * The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d or 2002:abcd:…
	 */
	private static byte @Nullable [] embeddedV4(byte[] b) {
		boolean zero80 = true;
		for (int i = 0; i < 10; i++) {
			zero80 &= b[i] == 0;
		}
		boolean mapped = zero80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
		boolean compatible = zero80 && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
		boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = b[i] == 0;
		}
		if (mapped || compatible || nat64) {
			return new byte[] { b[12], b[13], b[14], b[15] };
		}
		if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
			return new byte[] { b[2], b[3], b[4], b[5] };
		}
		return null;
	}

	/** An IP address literal, never a DNS lookup; null for a name. */
	private static @Nullable InetAddress literalOrNull(String host) {
		// also the short forms InetAddress reads as numbers: 2130706433, 127.1
		boolean v4 = host.matches("\\d+(\\.\\d+){0,3}");
		boolean v6 = host.contains(":") && host.matches("[0-9a-f:.%]+");
		if (!v4 && !v6) {
			return null;
		}
		try {
			return InetAddress.getByName(host);
		}
		catch (java.net.UnknownHostException e) {
			return null;
		}
	}

	private static InetAddress literal(String ip) {
		InetAddress a = literalOrNull(ip);
		if (a == null) {
			throw new IllegalArgumentException(ip);
		}
		return a;
	}

}
