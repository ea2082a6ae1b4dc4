package dev.deskhand.inbox.internal;

import dev.deskhand.inbox.MailboxId;
import dev.deskhand.shared.WorkspaceId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * AES-256-GCM for mailbox credentials, with the workspace and mailbox ids as associated
 * data (a ciphertext copied into another row does not decrypt). The key is
 * {@code deskhand.inbox.key}, or derived from the documents key with HMAC-SHA-256 over a
 * fixed label so the documents key itself never encrypts a password.
 */
public final class CredentialCipher {

	static final String LABEL = "deskhand/inbox/credentials/v1";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	CredentialCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("The inbox key must be 32 bytes (base64 of `openssl rand -base64 32`)");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	static CredentialCipher from(@Nullable String inboxKey, @Nullable String documentsKey) {
		if (inboxKey != null && !inboxKey.isBlank()) {
			return new CredentialCipher(Base64.getDecoder().decode(inboxKey.strip()));
		}
		if (documentsKey == null || documentsKey.isBlank()) {
			throw new IllegalStateException("Set deskhand.inbox.key or deskhand.documents.key (base64 of 32 bytes)");
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(documentsKey.strip()), "HmacSHA256"));
			return new CredentialCipher(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}

	public Sealed seal(WorkspaceId workspace, MailboxId mailbox, String secret) {
		byte[] nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		try {
			return new Sealed(nonce, cipher(Cipher.ENCRYPT_MODE, nonce, workspace, mailbox)
				.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM encryption failed", e);
		}
	}

	String open(WorkspaceId workspace, MailboxId mailbox, Sealed sealed) {
		if (!sealed.present()) {
			throw new IllegalStateException("Mailbox " + mailbox + " has no credential stored");
		}
		try {
			return new String(
					cipher(Cipher.DECRYPT_MODE, sealed.nonce(), workspace, mailbox).doFinal(sealed.ciphertext()),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The credential of mailbox " + mailbox + " could not be decrypted: "
					+ "was the inbox or documents key changed?", e);
		}
	}

	/**
	 * Seals a received message's raw bytes, bound to its workspace, mailbox and message
	 * (associated data of 48 bytes, so it can never pass for a credential).
	 */
	public Sealed sealMessage(WorkspaceId workspace, MailboxId mailbox, UUID message, byte[] raw) {
		byte[] nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, workspace, mailbox);
			cipher.updateAAD(messageAad(message));
			return new Sealed(nonce, cipher.doFinal(raw));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM encryption failed", e);
		}
	}

	public byte[] openMessage(WorkspaceId workspace, MailboxId mailbox, UUID message, Sealed sealed) {
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.nonce(), workspace, mailbox);
			cipher.updateAAD(messageAad(message));
			return cipher.doFinal(sealed.ciphertext());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The raw message " + message + " could not be decrypted", e);
		}
	}

	private static byte[] messageAad(UUID message) {
		return ByteBuffer.allocate(16)
			.putLong(message.getMostSignificantBits())
			.putLong(message.getLeastSignificantBits())
			.array();
	}

	private Cipher cipher(int mode, byte[] nonce, WorkspaceId workspace, MailboxId mailbox)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(128, nonce));
		cipher.updateAAD(ByteBuffer.allocate(32)
			.putLong(workspace.value().getMostSignificantBits())
			.putLong(workspace.value().getLeastSignificantBits())
			.putLong(mailbox.value().getMostSignificantBits())
			.putLong(mailbox.value().getLeastSignificantBits())
			.array());
		return cipher;
	}

	/**
	 * The nonce and the ciphertext with its tag; an empty ciphertext is "nothing stored"
	 * (an OAuth mailbox before its first sign-in).
	 */
	public record Sealed(byte[] nonce, byte[] ciphertext) {

		/** No credential yet. */
		public static Sealed none() {
			return new Sealed(new byte[12], new byte[0]);
		}

		public boolean present() {
			return ciphertext.length > 0;
		}

	}

}
