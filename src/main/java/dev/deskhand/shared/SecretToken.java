package dev.deskhand.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret handed to a person once (invitation links, API tokens) and kept only as
 * its SHA-256 digest. 32 random bytes make guessing pointless, so a plain digest (no
 * salt, no slow hash) is the right store.
 */
public final class SecretToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretToken() {
	}

	/** A new token: {@code prefix} followed by 43 URL-safe characters. */
	public static String random(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The hex SHA-256 digest under which a token is stored and looked up. */
	public static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
