package dev.deskhand;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers unfinished event publications again, on one instance at a time, instead of
 * republishing all of them on every restart (which re-ran what a live instance was still
 * handling). A publication is resubmitted when
 * <ul>
 * <li>it was published (or last resubmitted) more than {@code stale-after} ago and has
 * not finished: the instance handling it died, or
 * <li>its listener failed: again 30 s, 2 min, 8 min … (×4, at most 6 h) after the last
 * delivery, until it was delivered {@code max-attempts} times; then it stays failed in
 * {@code event_publication}.
 * </ul>
 * The job holds a PostgreSQL advisory lock while it runs (another instance's run skips);
 * Spring Modulith additionally claims each publication with a conditional update. The
 * listeners are idempotent (they record an effect key with their effect), so the rare
 * second delivery that remains — an instance stalled longer than {@code stale-after} —
 * does nothing twice.
 */
@Component
public class EventResubmission {

	private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

	/** pg_advisory_lock key: "deskhand events" */
	private static final long LOCK = 0x6465736b_68657673L;

	private static final Duration MAX_WAIT = Duration.ofHours(6);

	private final IncompleteEventPublications publications;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration staleAfter;

	private final int maxAttempts;

	EventResubmission(IncompleteEventPublications publications, DataSource dataSource, JdbcClient jdbc, Clock clock,
			@Value("${deskhand.events.stale-after:PT5M}") Duration staleAfter,
			@Value("${deskhand.events.max-attempts:10}") int maxAttempts) {
		this.publications = publications;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.staleAfter = staleAfter;
		this.maxAttempts = maxAttempts;
	}

	@Scheduled(fixedDelayString = "${deskhand.events.resubmit-interval:PT30S}", initialDelayString = "PT30S")
	void scheduled() {
		resubmit(clock.instant(), p -> true);
	}

	/**
	 * Resubmits the publications due at {@code now} that {@code only} accepts; returns
	 * how many, or -1 when another instance is resubmitting right now.
	 */
	public int resubmit(Instant now, Predicate<EventPublication> only) {
		try (Connection lock = dataSource.getConnection()) {
			if (!call(lock, "select pg_try_advisory_lock(?)")) {
				return -1;
			}
			try {
				// resubmitted by an instance that then died: Spring Modulith claims only
				// what is not RESUBMITTED
				jdbc.sql("update event_publication set status = 'FAILED' where completion_date is null "
						+ "and status = 'RESUBMITTED' and last_resubmission_date < ?")
					.param(Timestamp.from(now.minus(staleAfter)))
					.update();
				AtomicInteger count = new AtomicInteger();
				publications.resubmitIncompletePublications(p -> {
					boolean due = only.test(p) && due(p, now, staleAfter, maxAttempts);
					if (due) {
						count.incrementAndGet();
					}
					return due;
				});
				return count.get();
			}
			finally {
				call(lock, "select pg_advisory_unlock(?)");
			}
		}
		catch (SQLException ex) {
			log.warn("Could not resubmit event publications: {}", ex.getMessage());
			return 0;
		}
	}

	/** Whether the publication is to be delivered again at {@code now}. */
	static boolean due(EventPublication p, Instant now, Duration staleAfter, int maxAttempts) {
		Instant last = p.getLastResubmissionDate() == null ? p.getPublicationDate() : p.getLastResubmissionDate();
		EventPublication.Status status = p.getStatus();
		if (status == null || status == EventPublication.Status.PUBLISHED
				|| status == EventPublication.Status.PROCESSING) {
			return last.isBefore(now.minus(staleAfter));
		}
		if (status != EventPublication.Status.FAILED) {
			return false;
		}
		// attempts counts deliveries, the first one included (Spring Modulith stores 1 at
		// publication)
		int attempts = p.getCompletionAttempts();
		if (attempts >= maxAttempts) {
			log.debug("Event publication {} ({}) failed {} times; not resubmitted again", p.getIdentifier(),
					p.getEvent().getClass().getSimpleName(), attempts);
			return false;
		}
		Duration wait = Duration.ofSeconds(30).multipliedBy((long) Math.pow(4, Math.clamp(attempts - 1, 0, 7)));
		return !last.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait).isAfter(now);
	}

	private static boolean call(Connection c, String sql) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setLong(1, LOCK);
			try (ResultSet rs = s.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

}
