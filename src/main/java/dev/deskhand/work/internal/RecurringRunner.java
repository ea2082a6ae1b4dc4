package dev.deskhand.work.internal;

import dev.deskhand.work.RecurringTaskView;
import dev.deskhand.work.WorkSource;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each occurrence of a recurring task into one work item. Due tasks are claimed
 * with {@code for update skip locked} and each occurrence is inserted with
 * {@code on conflict do nothing} before its item is created, so two instances on one
 * database never create two items for the same occurrence. After downtime, up to
 * {@value #CATCH_UP} missed occurrences are created; older ones are skipped.
 */
@Component
public class RecurringRunner {

	static final int CATCH_UP = 5;

	private final RecurringTasks tasks;

	private final ItemLifecycle lifecycle;

	private final WorkspaceManagement workspaces;

	private final TransactionTemplate tx;

	private final Clock clock;

	RecurringRunner(RecurringTasks tasks, ItemLifecycle lifecycle, WorkspaceManagement workspaces,
			TransactionTemplate tx, Clock clock) {
		this.tasks = tasks;
		this.lifecycle = lifecycle;
		this.workspaces = workspaces;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${deskhand.work.recurring-interval:PT30S}", initialDelayString = "PT20S")
	void scheduled() {
		runDue(clock.instant());
	}

	/** Creates the items of every occurrence due at {@code now}; returns how many. */
	public int runDue(Instant now) {
		Integer created = tx.execute(status -> tasks.claimDue(now, 50).stream().mapToInt(t -> run(t, now)).sum());
		return created == null ? 0 : created;
	}

	private int run(RecurringTasks.Task task, Instant now) {
		RecurringTaskView t = task.view();
		ZoneId zone = ZoneId.of(t.timeZone());
		Instant at = t.nextRunAt();
		int created = 0;
		for (int i = 0; i < CATCH_UP && !at.isAfter(now); i++) {
			Instant occurrence = at;
			if (tasks.claimOccurrence(t.id(), occurrence)) {
				String name = t.assignee() == null ? null
						: workspaces.findMember(t.assignee())
							.filter(x -> x.workspace().equals(task.workspace()) && x.active())
							.map(MemberView::displayName)
							.orElse(null);
				Draft draft = Draft
					.of(t.type(), t.title() + " (" + DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(zone)) + ")",
							t.priority(), WorkSource.RECURRING)
					.assignedTo(name == null ? null : t.assignee(), name);
				Optional<WorkItem> item = lifecycle.create(task.workspace(), Actor.SYSTEM, draft, occurrence);
				item.ifPresent(it -> tasks.occurred(t.id(), occurrence, it.id().value()));
				created++;
			}
			at = RecurringTasks.next(t.schedule(), zone, at);
		}
		if (!at.isAfter(now)) {
			at = RecurringTasks.next(t.schedule(), zone, now);
		}
		tasks.moveTo(t.id(), at);
		return created;
	}

}
