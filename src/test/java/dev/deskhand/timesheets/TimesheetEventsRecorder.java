package dev.deskhand.timesheets;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the timesheet events published in the tests, for asserting them. */
@Component
class TimesheetEventsRecorder {

	final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(TimesheetSubmitted e) {
		events.add(e);
	}

	@EventListener
	void on(TimesheetApproved e) {
		events.add(e);
	}

	@EventListener
	void on(TimesheetRejected e) {
		events.add(e);
	}

	@EventListener
	void on(TimesheetReopened e) {
		events.add(e);
	}

}
