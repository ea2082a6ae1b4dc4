package dev.deskhand.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 with the audit key from configuration ({@code deskhand.audit.key}, base64
 * of at least 32 bytes). The key never reaches the database, so whoever can write the
 * tables cannot make a MAC that verifies.
 */
@Component
public class ChainMac {

	/** The {@code prev_mac} of a chain's first entry, and the MAC of an empty chain. */
	public static final String GENESIS = "0".repeat(64);

	private static final String ALGORITHM = "HmacSHA256";

	private static final String CHECKPOINT_DOMAIN = "checkpoint\n";

	private final SecretKeySpec key;

	@Autowired
	ChainMac(@Value("${deskhand.audit.key:}") String base64Key) {
		this(decode(base64Key));
	}

	private ChainMac(byte[] key) {
		if (key.length < 32) {
			throw new IllegalStateException(
					"deskhand.audit.key must be at least 32 bytes (base64); it has " + key.length);
		}
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	/**
	 * A MAC with another key: only for tests that play an attacker who lacks the real
	 * one.
	 */
	public static ChainMac withKey(byte[] key) {
		return new ChainMac(key.clone());
	}

	/** The MAC an entry must carry: over its predecessor's MAC and its canonical line. */
	public String of(ChainEntry entry) {
		return hex(entry.prevMac() + "\n" + entry.canonicalLine());
	}

	/**
	 * The MAC of a checkpoint line; a separate domain so an entry's MAC can never pass
	 * for one.
	 */
	String ofCheckpoint(String line) {
		return hex(CHECKPOINT_DOMAIN + line);
	}

	private String hex(String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}

	private static byte[] decode(String base64Key) {
		if (base64Key.isBlank()) {
			throw new IllegalStateException("deskhand.audit.key is not set: set DESKHAND_AUDIT_KEY to 32 random bytes, "
					+ "base64-encoded (e.g. openssl rand -base64 32)");
		}
		try {
			return Base64.getDecoder().decode(base64Key.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("deskhand.audit.key is not valid base64", e);
		}
	}

}
