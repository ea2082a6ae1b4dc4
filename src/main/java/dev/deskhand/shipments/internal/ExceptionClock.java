package dev.deskhand.shipments.internal;

import dev.deskhand.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets time pass for the tracking exception rules: every minute it judges each
 * workspace's shipments still under way (and those with an open exception) at the current
 * time, except those an import judged in the last minute, so a checkpoint whose tolerance
 * ran out, a shipment gone quiet, or an ETA slipping by the clock alone is raised, and a
 * rule created or changed since applies to the shipments already there. Shipments are
 * taken in chunks with {@code for update skip locked}: one another instance's clock or an
 * import is changing right now is skipped (the import judges it itself, the next minute
 * the clock), and once locked, the chunk is judged in a fresh statement that sees
 * everything committed before.
 */
@Component
public class ExceptionClock {

	static final int CHUNK = 500;

	/** Shipments whose events were stored this recently are left to the next tick. */
	static final Duration RECENT = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final ExceptionEvaluation evaluation;

	private final TransactionTemplate tx;

	private final Clock clock;

	ExceptionClock(JdbcClient jdbc, ExceptionEvaluation evaluation, TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.evaluation = evaluation;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${deskhand.shipments.exception-check-interval:PT1M}", initialDelayString = "PT40S")
	void scheduled() {
		tick(clock.instant());
	}

	/**
	 * Judges every workspace that has rules at {@code now}; returns raised + resolved.
	 */
	public int tick(Instant now) {
		int changed = 0;
		for (UUID workspace : jdbc.sql("select distinct workspace_id from shipments.exception_rule")
			.query(UUID.class)
			.list()) {
			changed += tick(new WorkspaceId(workspace), now);
		}
		return changed;
	}

	/**
	 * Judges one workspace's open shipments at {@code now}; returns raised + resolved.
	 */
	public int tick(WorkspaceId workspace, Instant now) {
		// a shipment whose events were stored in the last minute was judged then, by its
		// import, in the same transaction: it waits for the next tick (time-based rules
		// count hours), instead of the clock locking, one chunk after another, the
		// shipments a running import is storing
		Timestamp judged = Timestamp.from(now.minus(RECENT));
		List<String> open = jdbc.sql("""
				select id::text from shipments.shipment
				  where workspace_id = ? and status not in ('delivered', 'cancelled') and updated_at < ?
				union
				select x.shipment_id::text from shipments.tracking_exception x
				  join shipments.shipment s on s.id = x.shipment_id
				  where x.workspace_id = ? and x.resolved_at is null and s.updated_at < ?
				""").params(workspace.value(), judged, workspace.value(), judged).query(String.class).list();
		int changed = 0;
		for (int from = 0; from < open.size(); from += CHUNK) {
			String[] chunk = open.subList(from, Math.min(open.size(), from + CHUNK)).toArray(String[]::new);
			Integer n = tx.execute(status -> {
				List<UUID> locked = jdbc
					.sql("select s.id from unnest(cast(? as uuid[])) as ids(id) cross join lateral (select id from "
							+ "shipments.shipment s where s.id = ids.id limit 1 for update skip locked) s")
					.param(chunk)
					.query(UUID.class)
					.list();
				ExceptionEvaluation.Outcome o = evaluation.evaluate(workspace, locked, now, null, null);
				return o.raised() + o.resolved();
			});
			changed += n == null ? 0 : n;
		}
		return changed;
	}

}
