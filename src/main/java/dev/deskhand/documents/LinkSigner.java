package dev.deskhand.documents;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks download links: base64url HMAC-SHA-256 over
 * {@code document|workspace|expires|member}. The workspace is not in the link but taken
 * from the stored document, so a link cannot be replayed elsewhere.
 */
final class LinkSigner {

	private final SecretKeySpec key;

	LinkSigner(byte[] key) {
		this.key = new SecretKeySpec(key, "HmacSHA256");
	}

	String sign(DocumentId document, WorkspaceId workspace, long expiresEpochSecond, MemberId member) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(mac(document, workspace, expiresEpochSecond, member));
	}

	/**
	 * Compares in constant time; a signature that is not even base64url is simply not
	 * valid.
	 */
	boolean valid(DocumentId document, WorkspaceId workspace, long expiresEpochSecond, MemberId member,
			String signature) {
		byte[] given;
		try {
			given = Base64.getUrlDecoder().decode(signature);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		return MessageDigest.isEqual(mac(document, workspace, expiresEpochSecond, member), given);
	}

	private byte[] mac(DocumentId document, WorkspaceId workspace, long expires, MemberId member) {
		String message = document + "|" + workspace + "|" + expires + "|" + member;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}

}
