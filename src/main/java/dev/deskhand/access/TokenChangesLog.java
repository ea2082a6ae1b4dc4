package dev.deskhand.access;

import dev.deskhand.shared.AuditableChange;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Issued and revoked API tokens in the security log as well: their audit entries stay in
 * the workspace's chain, the log line brings them together with sign-ins and refusals.
 */
@Component
class TokenChangesLog {

	private final AccessPolicy policy;

	TokenChangesLog(AccessPolicy policy) {
		this.policy = policy;
	}

	@TransactionalEventListener
	void on(AuditableChange change) {
		if (!change.subjectType().equals("api-token")) {
			return;
		}
		String event = change.action() == AuditableChange.Action.CREATE ? "token.issued" : "token.revoked";
		SecurityLog.info(event, "token", change.subjectId(), "workspace", change.workspace().value(), "by",
				policy.caller().map(SecurityLog::who).orElse("system"));
	}

}
