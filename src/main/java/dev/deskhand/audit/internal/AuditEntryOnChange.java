package dev.deskhand.audit.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.shared.AuditableChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends an entry for every {@link AuditableChange}. A plain synchronous listener on
 * purpose: it runs inside the publisher's transaction, so the change and its entry commit
 * together or not at all.
 */
@Component
class AuditEntryOnChange {

	private final ChainAppender chain;

	private final StateDigest digest;

	private final AccessPolicy policy;

	AuditEntryOnChange(ChainAppender chain, StateDigest digest, AccessPolicy policy) {
		this.chain = chain;
		this.digest = digest;
		this.policy = policy;
	}

	@EventListener
	void on(AuditableChange change) {
		chain.append(change.workspace(), Actor.of(policy.caller()), change.subjectType(), change.subjectId(),
				change.action(), digest.of(change.before()), digest.of(change.after()), change.summary());
	}

}
