package dev.deskhand.timesheets.internal;

import dev.deskhand.timesheets.TimeEntryView;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stops timers left running past the end of their person's day (local midnight in their
 * zone) or longer than 12 hours, at that cut-off, and flags them for review: they are not
 * billed until the person confirms or corrects the end. Timers are claimed with
 * {@code for update skip locked}, so several instances share the sweep without doing any
 * timer twice. The same happens for one person on their next page (see
 * {@code TimeTracking.runningTimer}).
 */
@Component
public class IdleSweep {

	private final EntryStore entries;

	private final EntryWrites writes;

	private final WorkspaceManagement workspaces;

	private final TransactionTemplate tx;

	private final Clock clock;

	IdleSweep(EntryStore entries, EntryWrites writes, WorkspaceManagement workspaces, TransactionTemplate tx,
			Clock clock) {
		this.entries = entries;
		this.writes = writes;
		this.workspaces = workspaces;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${deskhand.timesheets.idle-sweep-interval:PT5M}", initialDelayString = "PT40S")
	void scheduled() {
		sweep(clock.instant());
	}

	/** Stops and flags every timer overdue at {@code now}; returns how many. */
	public int sweep(Instant now) {
		Integer stopped = tx.execute(s -> {
			List<TimeEntryView> candidates = entries.claimRunningSince(now, 500);
			int n = 0;
			for (TimeEntryView e : candidates) {
				ZoneId zone = workspaces.findMember(e.member()).map(m -> m.timeZone()).orElse(ZoneOffset.UTC);
				PersonId person = entries.personOf(e.id()).orElse(null);
				if (person != null && now.isAfter(EntryRules.cutoff(e.startedAt(), zone))) {
					writes.stopRunning(person, now);
					n++;
				}
			}
			return n;
		});
		return stopped == null ? 0 : stopped;
	}

}
