package dev.deskhand.work;

import dev.deskhand.assistant.DelayNoticeSent;
import dev.deskhand.shared.Together;
import dev.deskhand.shipments.TrackingExceptionsRaised;
import dev.deskhand.shipments.TrackingExceptionsResolved;
import dev.deskhand.work.internal.ShipmentReactions;
import java.util.concurrent.Semaphore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A tracking exception opens a work item of its rule's type (its SOP, the rule's SLA
 * policy and priority, the customer's scope); its resolution resolves the item.
 * <p>
 * The exceptions an evaluation raised (or resolved) come as one event and get their items
 * in one transaction, and each alone only when that fails ({@link Together}): an import
 * raising hundreds of exceptions makes a transaction per stored batch, not a dozen
 * commits per exception competing with the import. Each event is handled on a thread of
 * its own, and a handler holds its connection until its transaction's after-commit
 * listeners ran, which take a second connection: a burst of handlers each holding one
 * would drain the pool and wait for each other. So the handler opens its transaction only
 * after taking one of a few permits ({@link ShipmentReactions} is transactional, the
 * listener itself is not).
 * <p>
 * A delay notice sent to the customer is recorded on the exception's item.
 */
@Component
class WorkItemOnTrackingException {

	private static final Semaphore PERMITS = new Semaphore(4, true);

	private final ShipmentReactions reactions;

	WorkItemOnTrackingException(ShipmentReactions reactions) {
		this.reactions = reactions;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TrackingExceptionsRaised event) throws InterruptedException {
		PERMITS.acquire();
		try {
			Together.orEachAlone(event.exceptions(), reactions::raisedAll, reactions::raised);
		}
		finally {
			PERMITS.release();
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TrackingExceptionsResolved event) throws InterruptedException {
		PERMITS.acquire();
		try {
			Together.orEachAlone(event.exceptions(), reactions::resolvedAll, reactions::resolved);
		}
		finally {
			PERMITS.release();
		}
	}

	@ApplicationModuleListener
	void on(DelayNoticeSent event) {
		reactions.noticeSent(event);
	}

}
