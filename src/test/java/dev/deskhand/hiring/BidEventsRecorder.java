package dev.deskhand.hiring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the bid events published in the tests, for asserting them. */
@Component
class BidEventsRecorder {

	final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener
	void on(BidReceived e) {
		events.add(e);
	}

	@EventListener
	void on(BidStageChanged e) {
		events.add(e);
	}

}
