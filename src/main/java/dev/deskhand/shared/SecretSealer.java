package dev.deskhand.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Seals small secrets kept in the database (a workspace's webhook secret, a person's
 * two-factor key): AES-256-GCM with a fresh 12-byte nonce and the owning row's id as
 * associated data (a sealed value copied to another row does not open), under a key
 * derived from the documents key with HMAC-SHA-256 over a label of its own, so the
 * documents key itself never encrypts such a secret. Stored as the nonce followed by the
 * ciphertext and tag.
 */
public final class SecretSealer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int NONCE = 12;

	private final SecretKeySpec key;

	private SecretSealer(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	/**
	 * @param documentsKey {@code deskhand.documents.key}: base64 of 32 bytes
	 * @param label what the derived key is for; a new label is a new key
	 */
	public static SecretSealer derivedFrom(@Nullable String documentsKey, String label) {
		if (documentsKey == null || documentsKey.isBlank()) {
			throw new IllegalStateException("Set deskhand.documents.key (base64 of 32 bytes)");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(documentsKey.strip()), "HmacSHA256"));
			return new SecretSealer(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}

	/**
	 * @param context the owning row's id, bound in as associated data
	 */
	public byte[] seal(String secret, byte[] context) {
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, context)
				.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM encryption failed", e);
		}
	}

	/**
	 * @param what names the secret in the error
	 * @throws IllegalStateException when it does not open (another key, another row)
	 */
	public String open(byte[] sealed, byte[] context, String what) {
		try {
			byte[] nonce = java.util.Arrays.copyOf(sealed, NONCE);
			return new String(cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(sealed, NONCE, sealed.length - NONCE),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The " + what + " does not open: was the documents key changed?", e);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, byte[] context) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(128, nonce));
		cipher.updateAAD(context);
		return cipher;
	}

}
