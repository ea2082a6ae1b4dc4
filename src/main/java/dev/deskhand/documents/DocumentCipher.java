package dev.deskhand.documents;

import dev.deskhand.shared.WorkspaceId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for stored files: a fresh random 12-byte nonce per file and a 128-bit tag.
 * The associated data binds each ciphertext to its workspace and document id, so a
 * ciphertext copied into another row or workspace does not decrypt. The key version is
 * stored beside each file so the key can be rotated later (re-encrypting old versions).
 */
final class DocumentCipher {

	static final int CURRENT_KEY_VERSION = 1;
	static final int NONCE_BYTES = 12;
	static final int TAG_BITS = 128;

	private static final byte[] AAD_LABEL = "deskhand-document-v1".getBytes(StandardCharsets.US_ASCII);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	private final int keyVersion;

	DocumentCipher(byte[] key, int keyVersion) {
		if (key.length != 32) {
			throw new IllegalArgumentException("AES-256 needs a 32-byte key");
		}
		this.key = new SecretKeySpec(key, "AES");
		this.keyVersion = keyVersion;
	}

	Sealed seal(WorkspaceId workspace, DocumentId document, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, workspace, document);
			return new Sealed(keyVersion, nonce, cipher.doFinal(plaintext));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM encryption failed", e);
		}
	}

	/**
	 * The plaintext; fails if the ciphertext, nonce, key or the record it belongs to
	 * differ from when it was sealed.
	 */
	byte[] open(WorkspaceId workspace, DocumentId document, Sealed sealed) {
		if (sealed.keyVersion() != keyVersion) {
			throw new IllegalStateException("Document " + document + " is encrypted with key version "
					+ sealed.keyVersion() + ", but key version " + keyVersion + " is configured");
		}
		try {
			return cipher(Cipher.DECRYPT_MODE, sealed.nonce(), workspace, document).doFinal(sealed.ciphertext());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Document " + document + " could not be decrypted: its stored content "
					+ "was changed, belongs to another record, or was encrypted with another key", e);
		}
	}

	private Cipher cipher(int mode, byte[] nonce, WorkspaceId workspace, DocumentId document)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associatedData(workspace.value(), document.value()));
		return cipher;
	}

	private static byte[] associatedData(UUID workspace, UUID document) {
		return ByteBuffer.allocate(AAD_LABEL.length + 32)
			.put(AAD_LABEL)
			.putLong(workspace.getMostSignificantBits())
			.putLong(workspace.getLeastSignificantBits())
			.putLong(document.getMostSignificantBits())
			.putLong(document.getLeastSignificantBits())
			.array();
	}

	/**
	 * What is stored: the key version, the nonce and the ciphertext with its tag
	 * appended.
	 */
	record Sealed(int keyVersion, byte[] nonce, byte[] ciphertext) {
	}

}
