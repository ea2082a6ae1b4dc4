package dev.deskhand.work.internal;

import dev.deskhand.work.EscalationRaised;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The escalation webhooks' outbox (table {@code work.webhook_delivery}): rows are written
 * in the escalation listener's transaction, claimed by whichever instance comes first,
 * and marked sent or retried with back-off.
 */
@Repository
class WebhookDeliveries {

	/** Attempts before a delivery is given up: the last about 6 h after the first. */
	static final int MAX_ATTEMPTS = 6;

	private final JdbcClient jdbc;

	WebhookDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Delivery(UUID id, UUID rule, String body, int attempts) {
	}

	void enqueue(EscalationRaised e, String body, Instant now) {
		jdbc.sql("insert into work.webhook_delivery (id, workspace_id, item_id, rule_id, body, status, "
				+ "next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', ?, ?)")
			.params(UUID.randomUUID(), e.workspace().value(), e.item().value(), e.rule(), body, Timestamp.from(now),
					Timestamp.from(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} due deliveries for this caller: each claimed row's next
	 * attempt moves {@code lease} ahead (and its attempts up by one), so no other
	 * instance takes it meanwhile, and a sender that dies holding it is followed by
	 * another once the lease has run out.
	 */
	List<Delivery> claim(Instant now, Duration lease, int limit) {
		return jdbc.sql("""
				update work.webhook_delivery set attempts = attempts + 1, next_attempt_at = ?
				where id in (select id from work.webhook_delivery where status = 'PENDING' and next_attempt_at <= ?
				             order by next_attempt_at limit ? for update skip locked)
				returning id, rule_id, body, attempts""")
			.params(Timestamp.from(now.plus(lease)), Timestamp.from(now), limit)
			.query((rs, n) -> new Delivery(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getInt(4)))
			.list();
	}

	void sent(UUID id, Instant now) {
		jdbc.sql("update work.webhook_delivery set status = 'SENT', sent_at = ?, last_error = null where id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	/**
	 * Tries again after 1, 4, 16, 64 … minutes; gives up when asked or out of attempts.
	 */
	void failed(Delivery d, String error, boolean giveUp, Instant now) {
		boolean last = giveUp || d.attempts() >= MAX_ATTEMPTS;
		Duration wait = Duration.ofMinutes((long) Math.pow(4, Math.min(d.attempts() - 1, 5)));
		jdbc.sql("update work.webhook_delivery set status = ?, next_attempt_at = ?, last_error = ? where id = ?")
			.params(last ? "FAILED" : "PENDING", Timestamp.from(now.plus(wait)),
					error.length() > 500 ? error.substring(0, 500) : error, d.id())
			.update();
	}

}
