package dev.deskhand.shared;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one contract for a change that must appear in the audit log: publish it (through
 * Spring's {@code ApplicationEventPublisher}) inside the transaction that makes the
 * change. The audit module appends it to the workspace's hash chain in that same
 * transaction, so a change is never stored without its entry. Who made the change and
 * when are taken by the audit module itself.
 *
 * @param workspace the workspace whose chain receives the entry
 * @param subjectType what kind of record changed, e.g. {@code "member"} or
 * {@code "grant"}
 * @param subjectId the changed record's id
 * @param action what happened
 * @param before the state before the change (null on create); only its digest is stored
 * @param after the state after the change (null on delete); only its digest is stored
 * @param summary a short human text for the log, never containing secrets (may be empty)
 */
public record AuditableChange(WorkspaceId workspace, String subjectType, String subjectId, Action action,
		@Nullable Object before, @Nullable Object after, String summary) {

	public AuditableChange {
		Objects.requireNonNull(workspace, "workspace");
		Objects.requireNonNull(subjectType, "subjectType");
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(summary, "summary");
	}

	public static AuditableChange created(WorkspaceId workspace, String type, Object id, Object after, String summary) {
		return new AuditableChange(workspace, type, id.toString(), Action.CREATE, null, after, summary);
	}

	public static AuditableChange updated(WorkspaceId workspace, String type, Object id, Object before, Object after,
			String summary) {
		return new AuditableChange(workspace, type, id.toString(), Action.UPDATE, before, after, summary);
	}

	public static AuditableChange deleted(WorkspaceId workspace, String type, Object id, Object before,
			String summary) {
		return new AuditableChange(workspace, type, id.toString(), Action.DELETE, before, null, summary);
	}

	public enum Action {

		CREATE, UPDATE, DELETE, READ

	}
}
