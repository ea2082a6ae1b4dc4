package dev.deskhand.access;

import dev.deskhand.workspace.PersonId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seals two-factor secrets as the inbox seals mailbox credentials: AES-256-GCM with a
 * fresh 12-byte nonce, the person's id as associated data (a secret copied to another
 * person's row does not open), under a key derived from the documents key with
 * HMAC-SHA-256 over a fixed label, so the documents key itself never encrypts a secret.
 * Stored as nonce followed by ciphertext and tag.
 */
@Component
class TwoFactorCipher {

	static final String LABEL = "deskhand/access/two-factor/v1";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	TwoFactorCipher(Environment environment) {
		String documentsKey = environment.getProperty("deskhand.documents.key");
		if (documentsKey == null || documentsKey.isBlank()) {
			throw new IllegalStateException("Set deskhand.documents.key (base64 of 32 bytes)");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(documentsKey.strip()), "HmacSHA256"));
			this.key = new SecretKeySpec(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)), "AES");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}

	byte[] seal(PersonId person, String secret) {
		byte[] nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		try {
			byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, person).doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM encryption failed", e);
		}
	}

	String open(PersonId person, byte[] sealed) {
		try {
			byte[] nonce = java.util.Arrays.copyOf(sealed, 12);
			return new String(cipher(Cipher.DECRYPT_MODE, nonce, person).doFinal(sealed, 12, sealed.length - 12),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(
					"The two-factor secret of person " + person + " does not open: was the documents key changed?", e);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, PersonId person) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(128, nonce));
		cipher.updateAAD(ByteBuffer.allocate(16)
			.putLong(person.value().getMostSignificantBits())
			.putLong(person.value().getLeastSignificantBits())
			.array());
		return cipher;
	}

}
