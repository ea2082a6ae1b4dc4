package dev.deskhand.inbox.internal;

import dev.deskhand.shared.InvalidInputException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks the addresses typed into To, Cc and Bcc: each entry may hold several, separated
 * by commas, semicolons or line breaks, and may carry a name ({@code Ole <ole@dsv.dk>}).
 * Every refusal names the field and has a message key, so pages show it translated.
 */
public final class Recipients {

	/** At most this many recipients in To, Cc and Bcc together. */
	public static final int MAX = 50;

	private Recipients() {
	}

	/**
	 * The addresses, lower-cased, each once, in the order typed.
	 * @param pointer {@code /to}, {@code /cc} or {@code /bcc}
	 */
	public static List<String> check(String pointer, List<String> entries) {
		Set<String> addresses = new LinkedHashSet<>();
		for (String entry : entries) {
			for (String raw : entry.split("[,;\\r\\n]+")) {
				if (!raw.isBlank()) {
					addresses.add(one(pointer, raw.strip()));
				}
			}
		}
		if (addresses.size() > MAX) {
			throw new InvalidInputException(pointer, "At most " + MAX + " recipients", "compose.error.tooMany");
		}
		return new ArrayList<>(addresses);
	}

	/** The three lists together stay within {@link #MAX}. */
	public static void checkTotal(List<String> to, List<String> cc, List<String> bcc) {
		if (to.size() + cc.size() + bcc.size() > MAX) {
			throw new InvalidInputException("/to", "At most " + MAX + " recipients", "compose.error.tooMany");
		}
	}

	/**
	 * The plain address of {@code Name <address>} or of an address; null if unreadable.
	 */
	public static @org.jspecify.annotations.Nullable String plain(String header) {
		try {
			InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
			return parsed.length == 0 ? null : parsed[0].getAddress().toLowerCase(Locale.ROOT);
		}
		catch (AddressException e) {
			return null;
		}
	}

	private static String one(String pointer, String raw) {
		try {
			InternetAddress parsed = new InternetAddress(raw, true);
			String address = parsed.getAddress();
			int at = address.indexOf('@');
			if (raw.length() > 320 || at < 1 || address.indexOf('.', at) < 0 || address.endsWith(".")) {
				throw new AddressException("no domain");
			}
			return address.toLowerCase(Locale.ROOT);
		}
		catch (AddressException e) {
			throw new InvalidInputException(pointer, "Not an e-mail address: " + raw,
					"compose.error.address" + pointer.replace('/', '.'));
		}
	}

}
