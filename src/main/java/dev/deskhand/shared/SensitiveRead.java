package dev.deskhand.shared;

import java.util.Objects;

/**
 * A read of sensitive data (mailbox credentials, customer contacts, contract rates,
 * invoices, members' personal data, the audit log itself, a document download).
 *
 * @param workspace whose data was read
 * @param subjectType what kind of data, e.g. {@code "member-list"} or {@code "document"}
 * @param subjectId which record, or a description of the set read (e.g. a filter)
 * @param purpose why, in a few words (the route or command)
 */
public record SensitiveRead(WorkspaceId workspace, String subjectType, String subjectId, String purpose) {
	public SensitiveRead {
		Objects.requireNonNull(workspace, "workspace");
		Objects.requireNonNull(subjectType, "subjectType");
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(purpose, "purpose");
	}
}
