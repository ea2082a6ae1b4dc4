package dev.deskhand.documents;

import dev.deskhand.access.ScopeRef;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored document's metadata, never its content.
 *
 * @param name the sanitised file name, as offered on download
 * @param contentType the type decided by sniffing the content (not the one the uploader
 * claimed)
 * @param size the size of the plaintext in bytes
 * @param sha256 the hex SHA-256 digest of the plaintext
 * @param scope the one scope the document belongs to; null when it is unscoped (then only
 * members without scopes see it)
 */
public record DocumentView(DocumentId id, WorkspaceId workspace, String name, String contentType, long size,
		String sha256, @Nullable ScopeRef scope, MemberId uploadedBy, Instant createdAt) {
}
