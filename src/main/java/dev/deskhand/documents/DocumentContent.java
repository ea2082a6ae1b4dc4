package dev.deskhand.documents;

import java.util.Objects;

/**
 * A document's decrypted content, handed out after the read has been audited. The array
 * is the caller's to stream and drop; it is not copied, so keep it no longer than the
 * response.
 */
public record DocumentContent(DocumentView document, byte[] bytes) {
	public DocumentContent {
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(bytes, "bytes");
	}
}
