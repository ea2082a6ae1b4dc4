package dev.deskhand.references;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recorded reference was corrected: {@code before} (as first recorded, with its
 * validity) became {@code after}.
 *
 * @param entry the new entry holding {@code after}
 * @param corrects the entry that held {@code before}, when one was recorded
 */
public record ReferenceCorrected(WorkspaceId workspace, UUID entry, @Nullable UUID corrects, ReferenceType type,
		String before, boolean beforeValid, String after, boolean valid, String correctedBy, String subjectType,
		UUID subjectId, Instant at) {
}
