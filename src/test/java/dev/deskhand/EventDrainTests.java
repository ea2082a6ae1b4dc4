package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A command-line run waits for the listeners of what it published: the drain returns once
 * a slow listener has finished its publication, not before.
 */
@IntegrationTest
class EventDrainTests {

	@Autowired
	EventDrain drain;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DrainProbeListener listener;

	@Test
	void waitsUntilTheListenersOfNewPublicationsHaveFinished() {
		Instant start = Instant.now();
		int before = listener.handled();
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(new DrainProbeListener.DrainProbe("probe-" + System.nanoTime())));
		assertThat(drain.awaitCompletion(start, Duration.ofSeconds(20))).isZero();
		assertThat(listener.handled()).as("the slow listener finished before the drain returned").isEqualTo(before + 1);
	}

	@Test
	void givesUpAfterItsLimitAndSaysHowManyAreLeft() {
		Instant start = Instant.now();
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(new DrainProbeListener.DrainProbe("slow-" + System.nanoTime())));
		assertThat(drain.awaitCompletion(start, Duration.ZERO)).isEqualTo(1);
		assertThat(drain.awaitCompletion(start, Duration.ofSeconds(20))).isZero();
	}

}
