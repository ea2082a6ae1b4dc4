package dev.deskhand.assistant.notices;

import dev.deskhand.shipments.TrackingExceptionRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the customer's delay notice when a tracking exception is raised for a shipment
 * with a customer: once per exception (a redelivered event finds it stored), pending for
 * approval or sent at once by the workspace's policy.
 */
@Component
class DelayNoticeOnTrackingException {

	private final NoticeDesk desk;

	DelayNoticeOnTrackingException(NoticeDesk desk) {
		this.desk = desk;
	}

	@ApplicationModuleListener
	void on(TrackingExceptionRaised event) {
		if (event.customer() != null) {
			desk.write(event);
		}
	}

}
