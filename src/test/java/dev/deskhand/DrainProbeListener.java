package dev.deskhand;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A slow listener of a test-only event, for {@link EventDrainTests}. */
@Component
class DrainProbeListener {

	private final AtomicInteger handled = new AtomicInteger();

	/** Through a method: the bean is a proxy (the listener runs asynchronously). */
	int handled() {
		return handled.get();
	}

	record DrainProbe(String name) {
	}

	@ApplicationModuleListener
	void on(DrainProbe probe) throws InterruptedException {
		Thread.sleep(700);
		handled.incrementAndGet();
	}

}
