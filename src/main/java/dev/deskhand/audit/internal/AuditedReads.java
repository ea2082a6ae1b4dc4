package dev.deskhand.audit.internal;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.shared.AuditableChange.Action;
import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records reads of sensitive data as READ entries, each in a transaction of its own:
 * reads run in read-only transactions, and the record must survive when the reader's
 * transaction rolls back. One exception: when the reader's transaction already holds the
 * lock on that workspace's chain (it changed something there), a new transaction would
 * wait for that lock forever, so the entry joins the reader's transaction and is written
 * again in a transaction of its own should that one roll back.
 */
@Component
class AuditedReads implements SensitiveReadLog {

	private final ChainAppender chain;

	private final AccessPolicy policy;

	private final TransactionTemplate ownTransaction;

	AuditedReads(ChainAppender chain, AccessPolicy policy, PlatformTransactionManager transactions) {
		this.chain = chain;
		this.policy = policy;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void record(SensitiveRead read) {
		Actor actor = Actor.of(policy.caller());
		if (!ChainsTouched.locked(read.workspace().value())) {
			ownTransaction.executeWithoutResult(status -> append(read, actor));
			return;
		}
		append(read, actor);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					ownTransaction.executeWithoutResult(s -> append(read, actor));
				}
			}
		});
	}

	private void append(SensitiveRead read, Actor actor) {
		chain.append(read.workspace(), actor, read.subjectType(), read.subjectId(), Action.READ, null, null,
				read.purpose());
	}

}
