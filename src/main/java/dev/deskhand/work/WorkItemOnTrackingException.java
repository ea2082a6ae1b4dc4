package dev.deskhand.work;

import dev.deskhand.assistant.DelayNoticeSent;
import dev.deskhand.shipments.TrackingExceptionRaised;
import dev.deskhand.shipments.TrackingExceptionResolved;
import dev.deskhand.work.internal.ShipmentReactions;
import java.util.concurrent.Semaphore;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * A tracking exception opens a work item of its rule's type (its SOP, the rule's SLA
 * policy and priority, the customer's scope); its resolution resolves the item.
 * <p>
 * One import can raise hundreds of exceptions at once, and each event is handled on a
 * thread of its own. A handler holds its connection until its transaction's after-commit
 * listeners ran, and those (the event registry marking audit publications complete) take
 * a second connection: a burst of handlers each holding one would drain the pool and wait
 * for each other. So the handler opens its transaction only after taking one of a few
 * permits ({@link ShipmentReactions} is transactional, the listener itself is not).
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
	void on(TrackingExceptionRaised event) throws InterruptedException {
		PERMITS.acquire();
		try {
			reactions.raised(event);
		}
		finally {
			PERMITS.release();
		}
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TrackingExceptionResolved event) throws InterruptedException {
		PERMITS.acquire();
		try {
			reactions.resolved(event);
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
