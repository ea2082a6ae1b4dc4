package dev.deskhand.references;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/**
 * A reference was typed or imported, valid or not: with {@link ReferenceCorrected} the
 * ground of the documentation error rate.
 *
 * @param entry the stored entry
 * @param enteredBy who or what entered it ({@code member:UUID}, {@code import:FORMAT},
 * {@code api:TOKEN} …)
 * @param subjectType what it belongs to ({@code shipment}, {@code order},
 * {@code work-item} …)
 */
public record ReferenceRecorded(WorkspaceId workspace, UUID entry, ReferenceType type, String value, boolean valid,
		String enteredBy, String subjectType, UUID subjectId, Instant at) {
}
