package dev.deskhand.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.shared.OutboundAddresses.Kind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Which addresses Deskhand may connect to, by the switch. */
class OutboundAddressesProperties {

	private final OutboundAddresses strict = new OutboundAddresses(false);

	private final OutboundAddresses operator = new OutboundAddresses(true);

	@Property
	void refusesPrivateRanges(@ForAll @IntRange(max = 0xffffff) int rest) throws Exception {
		int b1 = rest >>> 16 & 0xff;
		int b2 = rest >>> 8 & 0xff;
		int b3 = rest & 0xff;
		for (byte[] a : new byte[][] { v4(10, b1, b2, b3), v4(172, 16 | (b1 & 0x0f), b2, b3), v4(192, 168, b2, b3),
				v4(127, b1, b2, b3), v4(100, 64 | (b1 & 0x3f), b2, b3), v4(169, 254, b2, b3 == 254 ? 1 : b3) }) {
			InetAddress address = InetAddress.getByAddress(a);
			assertThat(strict.allows(address)).as(address.toString()).isFalse();
			assertThat(strict.allows(mapped(a))).as("mapped " + address).isFalse();
			assertThat(operator.allows(address)).as("with the switch " + address).isTrue();
		}
	}

	@Property
	void ipv6FormsOfAnIpv4AddressAreJudgedAsIt(@ForAll byte[] random) throws Exception {
		byte[] a = v4(random.length > 0 ? random[0] : 0, random.length > 1 ? random[1] : 0,
				random.length > 2 ? random[2] : 1, random.length > 3 ? random[3] : 1);
		Kind kind = OutboundAddresses.classify(InetAddress.getByAddress(a));
		assertThat(OutboundAddresses.classify(mapped(a))).isEqualTo(kind);
		byte[] nat64 = new byte[16];
		nat64[1] = 0x64;
		nat64[2] = (byte) 0xff;
		nat64[3] = (byte) 0x9b;
		System.arraycopy(a, 0, nat64, 12, 4);
		assertThat(OutboundAddresses.classify(Inet6.of(nat64))).isEqualTo(kind);
		byte[] sixToFour = new byte[16];
		sixToFour[0] = 0x20;
		sixToFour[1] = 0x02;
		System.arraycopy(a, 0, sixToFour, 2, 4);
		assertThat(OutboundAddresses.classify(Inet6.of(sixToFour))).isEqualTo(kind);
	}

	@Property
	void publicAddressesAreAllowed(@ForAll @IntRange(min = 1, max = 223) int first, @ForAll byte b1, @ForAll byte b2,
			@ForAll byte b3) throws Exception {
		boolean special = first == 10 || first == 127 || first == 172 && (b1 & 0xf0) == 16
				|| first == 192 && (b1 & 0xff) == 168 || first == 100 && (b1 & 0xc0) == 64
				|| first == 169 && (b1 & 0xff) == 254;
		InetAddress address = InetAddress.getByAddress(new byte[] { (byte) first, b1, b2, b3 });
		assertThat(strict.allows(address)).as(address.toString()).isEqualTo(!special);
	}

	@Example
	void namesEachKind() throws Exception {
		assertThat(kind("169.254.169.254")).isEqualTo(Kind.METADATA);
		assertThat(kind("fd00:ec2::254")).isEqualTo(Kind.METADATA);
		assertThat(kind("0.0.0.0")).isEqualTo(Kind.UNSPECIFIED);
		assertThat(kind("::")).isEqualTo(Kind.UNSPECIFIED);
		assertThat(kind("::1")).isEqualTo(Kind.LOOPBACK);
		assertThat(kind("::ffff:127.0.0.1")).isEqualTo(Kind.LOOPBACK);
		assertThat(kind("fe80::1")).isEqualTo(Kind.LINK_LOCAL);
		assertThat(kind("fc00::1")).isEqualTo(Kind.PRIVATE);
		assertThat(kind("fd12:3456::1")).isEqualTo(Kind.PRIVATE);
		assertThat(kind("224.0.0.1")).isEqualTo(Kind.MULTICAST);
		assertThat(kind("ff02::1")).isEqualTo(Kind.MULTICAST);
		assertThat(kind("255.255.255.255")).isEqualTo(Kind.RESERVED);
		assertThat(kind("100.100.100.200")).isEqualTo(Kind.SHARED);
		assertThat(kind("93.184.215.14")).isEqualTo(Kind.PUBLIC);
		assertThat(kind("2606:4700::1111")).isEqualTo(Kind.PUBLIC);
	}

	@Example
	void theSwitchNeverOpensMetadataMulticastOrUnspecified() throws Exception {
		for (String ip : new String[] { "169.254.169.254", "fd00:ec2::254", "0.0.0.0", "::", "224.0.0.251",
				"255.255.255.255", "::ffff:169.254.169.254" }) {
			assertThat(operator.allows(InetAddress.getByName(ip))).as(ip).isFalse();
		}
	}

	@Example
	void mailPortsOnlyWithoutTheSwitch() {
		assertThat(OutboundAddresses.MAIL_PORTS).allMatch(strict::allowsMailPort);
		assertThat(strict.allowsMailPort(22)).isFalse();
		assertThat(strict.allowsMailPort(5432)).isFalse();
		assertThat(operator.allowsMailPort(3143)).isTrue();
	}

	@Example
	void inputChecksNameTheField() {
		for (String host : new String[] { "localhost", "127.0.0.1", "2130706433", "10.1.2.3", "169.254.169.254", "::1",
				"fd00:ec2::254" }) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.checkHost("/imapHost", host))
				.as(host)
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/imapHost"));
		}
		strict.checkHost("/imapHost", "imap.example.com");
		assertThat(strict.webAddress("/webhookUrl", "http://hooks.example.com/x")).isNull();
		assertThat(strict.webAddress("/webhookUrl", "https://hooks.example.com/x")).isNotNull();
		assertThat(operator.webAddress("/webhookUrl", "http://127.0.0.1:8080/x")).isNotNull();
		assertThat(operator.webAddress("/webhookUrl", "http://hooks.example.com/x")).as("http to a public host")
			.isNull();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> operator.webAddress("/webhookUrl", "http://169.254.169.254/latest/meta-data"))
			.isInstanceOf(InvalidInputException.class);
	}

	private static Kind kind(String ip) throws UnknownHostException {
		return OutboundAddresses.classify(InetAddress.getByName(ip));
	}

	private static byte[] v4(int a, int b, int c, int d) {
		return new byte[] { (byte) a, (byte) b, (byte) c, (byte) d };
	}

	/**
	 * ::ffff:a.b.c.d, kept as an Inet6Address (InetAddress.getByAddress would unwrap it).
	 */
	private static InetAddress mapped(byte[] v4) throws UnknownHostException {
		byte[] b = new byte[16];
		b[10] = (byte) 0xff;
		b[11] = (byte) 0xff;
		System.arraycopy(v4, 0, b, 12, 4);
		return Inet6.of(b);
	}

	private static final class Inet6 {

		static InetAddress of(byte[] b) throws UnknownHostException {
			return java.net.Inet6Address.getByAddress(null, b, -1);
		}

	}

}
