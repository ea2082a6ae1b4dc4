package dev.deskhand.work.internal;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.SlaBreached;
import dev.deskhand.work.SlaWarning;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at the items whose SLA clock needs it (a warning or due time has come), records
 * each warning and breach once on the timeline, publishes {@link SlaWarning} and
 * {@link SlaBreached}, and runs the escalation rules. Items are claimed with
 * {@code for update skip locked}, so several instances share the work without doing any
 * of it twice.
 */
@Component
public class SlaWatch {

	private static final int BATCH = 100;

	private final WorkItems items;

	private final Timeline timeline;

	private final Escalations escalations;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	SlaWatch(WorkItems items, Timeline timeline, Escalations escalations, ApplicationEventPublisher events,
			TransactionTemplate tx, Clock clock) {
		this.items = items;
		this.timeline = timeline;
		this.escalations = escalations;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${deskhand.work.sla-check-interval:PT30S}", initialDelayString = "PT15S")
	void scheduled() {
		check(clock.instant(), null);
	}

	/**
	 * Processes every item due for a check at {@code now}, optionally only in one
	 * workspace; returns how many warnings and breaches it recorded.
	 */
	public int check(Instant now, @Nullable WorkspaceId only) {
		int total = 0;
		while (true) {
			Integer[] batch = new Integer[2];
			tx.executeWithoutResult(status -> {
				List<WorkItemId> claimed = items.claimDueChecks(now, only, BATCH);
				batch[0] = claimed.size();
				batch[1] = claimed.stream().mapToInt(id -> checkOne(id, now)).sum();
			});
			total += batch[1];
			if (batch[0] < BATCH) {
				return total;
			}
		}
	}

	private int checkOne(WorkItemId id, Instant now) {
		WorkItem item = items.lock(id).orElseThrow();
		List<SlaClock.Crossing> crossings = item.status().done() ? List.of() : item.sla.crossings(now);
		item.sla = item.sla.recorded(crossings);
		items.update(item);
		for (SlaClock.Crossing c : crossings) {
			timeline.append(item.id, now, Actor.SYSTEM,
					c.breach() ? TimelineKind.SLA_BREACHED : TimelineKind.SLA_WARNING,
					Map.of("target", c.target().name(), "due", c.due().toString()));
			events.publishEvent(c.breach() ? new SlaBreached(item.workspace, item.id, c.target(), c.due())
					: new SlaWarning(item.workspace, item.id, c.target(), c.due()));
			escalations.run(item, c, now);
		}
		return crossings.size();
	}

}
