package dev.deskhand.assistant.notices;

import dev.deskhand.shared.Together;
import dev.deskhand.shipments.TrackingExceptionsRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Writes the customer's delay notice when a tracking exception is raised for a shipment
 * with a customer: once per exception (a redelivered event finds it stored), pending for
 * approval or sent at once by the workspace's policy. The exceptions one evaluation
 * raised are written in one transaction, each alone only when that fails
 * ({@link Together}).
 */
@Component
class DelayNoticeOnTrackingException {

	private final NoticeDesk desk;

	DelayNoticeOnTrackingException(NoticeDesk desk) {
		this.desk = desk;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(TrackingExceptionsRaised event) {
		var withCustomer = event.exceptions().stream().filter(e -> e.customer() != null).toList();
		if (!withCustomer.isEmpty()) {
			Together.orEachAlone(withCustomer, desk::writeAll, desk::write);
		}
	}

}
