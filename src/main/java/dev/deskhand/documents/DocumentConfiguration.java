package dev.deskhand.documents;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns the configured documents key into the file cipher and the link signer, failing
 * the startup with a message that says what to set when the key is missing or not 32
 * bytes. The signer's key is derived from the documents key (HMAC with a fixed label), so
 * the encryption key itself never signs anything.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	static final String LINK_KEY_LABEL = "deskhand/documents/link-signing/v1";

	@Bean
	DocumentCipher documentCipher(DocumentProperties properties) {
		return new DocumentCipher(decodeKey(properties.key()), DocumentCipher.CURRENT_KEY_VERSION);
	}

	@Bean
	LinkSigner linkSigner(DocumentProperties properties) {
		return new LinkSigner(derive(decodeKey(properties.key()), LINK_KEY_LABEL));
	}

	static byte[] decodeKey(@Nullable String base64) {
		String hint = "Set deskhand.documents.key (environment DESKHAND_DOCUMENTS_KEY) to the base64 of 32 random "
				+ "bytes, e.g. the output of `openssl rand -base64 32`";
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException("No documents key is configured. " + hint);
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("The documents key is not valid base64. " + hint);
		}
		if (key.length != 32) {
			throw new IllegalStateException("The documents key is " + key.length + " bytes long, not 32. " + hint);
		}
		return key;
	}

	static byte[] derive(byte[] key, String label) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", e);
		}
	}

}
