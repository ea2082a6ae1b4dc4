package dev.deskhand;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Waits for the event publications a short-lived process started to be handled before it
 * exits. A command-line run (e.g. {@code import-events}) publishes events whose listeners
 * run after commit on other threads — tracking exceptions' work items, triage — and
 * closing the application context would stop them half-way, leaving them to a server's
 * {@link EventResubmission} minutes later (or never, without a server). Failed
 * publications are not waited for: they are retried like any other.
 */
@Component
public class EventDrain {

	private static final Duration POLL = Duration.ofMillis(100);

	private final JdbcClient jdbc;

	EventDrain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits up to {@code max} until no publication made since {@code since} is still
	 * waiting or being handled.
	 * @return how many are still unfinished (0 when all were handled in time)
	 */
	public int awaitCompletion(Instant since, Duration max) {
		Instant until = Instant.now().plus(max);
		while (true) {
			int open = unfinished(since);
			if (open == 0 || !Instant.now().isBefore(until)) {
				return open;
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return unfinished(since);
			}
		}
	}

	private int unfinished(Instant since) {
		return jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and publication_date >= ?
				  and (status is null or status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED'))""")
			.param(Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

}
