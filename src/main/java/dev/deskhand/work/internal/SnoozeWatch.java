package dev.deskhand.work.internal;

import dev.deskhand.work.WorkItemId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings snoozed items back to the open queue when their time has come (with a timeline
 * entry), and forgets stale reply-box presence. Items are claimed with
 * {@code for update skip locked}, so several instances share the work without doing any
 * of it twice, as the SLA watch does.
 */
@Component
public class SnoozeWatch {

	private static final int BATCH = 100;

	private final ItemRelations relations;

	private final WorkItems items;

	private final Presence presence;

	private final TransactionTemplate tx;

	private final Clock clock;

	SnoozeWatch(ItemRelations relations, WorkItems items, Presence presence, TransactionTemplate tx, Clock clock) {
		this.relations = relations;
		this.items = items;
		this.presence = presence;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${deskhand.work.snooze-check-interval:PT30S}", initialDelayString = "PT25S")
	void scheduled() {
		wake(clock.instant());
		tx.executeWithoutResult(s -> presence.sweep(clock.instant()));
	}

	/** Wakes every item snoozed until {@code now} or earlier; returns how many. */
	public int wake(Instant now) {
		int total = 0;
		while (true) {
			Integer woken = tx.execute(s -> {
				List<WorkItemId> due = relations.claimDueSnoozes(now, BATCH);
				due.forEach(id -> items.lock(id).ifPresent(item -> relations.wake(Actor.SYSTEM, item, "time", now)));
				return due.size();
			});
			total += woken == null ? 0 : woken;
			if (woken == null || woken < BATCH) {
				return total;
			}
		}
	}

}
