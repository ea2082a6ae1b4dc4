package dev.deskhand.documents;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed download link: whoever holds it may download the document until
 * {@code expiresAt}, and the download is audited as a read by {@code member}, to whom it
 * was issued.
 *
 * @param signature base64url HMAC-SHA-256 over document, workspace, expiry and member
 */
public record DocumentLink(DocumentId document, MemberId member, Instant expiresAt, String signature) {
	public DocumentLink {
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(member, "member");
		Objects.requireNonNull(expiresAt, "expiresAt");
		Objects.requireNonNull(signature, "signature");
	}

	/**
	 * The path and query of the download route, relative to the server's base address.
	 */
	public String url() {
		return "/files/" + document + "?expires=" + expiresAt.getEpochSecond() + "&m=" + member + "&sig=" + signature;
	}
}
