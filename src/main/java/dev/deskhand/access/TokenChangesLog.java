package dev.deskhand.access;

import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InTransaction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issued and revoked API tokens in the security log as well: their audit entries stay in
 * the workspace's chain, the log line brings them together with sign-ins and refusals.
 * <p>
 * A plain listener that writes the line once the change's transaction committed. Not a
 * transactional event listener: the event registry would then store a publication for
 * every audited change of every module (and mark it complete after the commit), only for
 * this listener to ignore all but the tokens' changes.
 */
@Component
class TokenChangesLog {

	private final AccessPolicy policy;

	TokenChangesLog(AccessPolicy policy) {
		this.policy = policy;
	}

	@EventListener
	void on(AuditableChange change) {
		if (!change.subjectType().equals("api-token")) {
			return;
		}
		String event = change.action() == AuditableChange.Action.CREATE ? "token.issued" : "token.revoked";
		String by = policy.caller().map(SecurityLog::who).orElse("system");
		InTransaction.afterCommit(() -> SecurityLog.info(event, "token", change.subjectId(), "workspace",
				change.workspace().value(), "by", by));
	}

}
