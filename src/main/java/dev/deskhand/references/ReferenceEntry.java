package dev.deskhand.references;

import java.util.UUID;

/**
 * One reference to record in bulk ({@link ReferenceManagement#recordAll}): the value as
 * written, whether it was valid, who or what entered it and what it belongs to.
 */
public record ReferenceEntry(ReferenceType type, String value, boolean valid, String enteredBy, String subjectType,
		UUID subjectId) {
}
