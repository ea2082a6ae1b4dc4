package dev.deskhand.timesheets.internal;

import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.timesheets.TimeEntryId;
import dev.deskhand.timesheets.TimeEntryView;
import dev.deskhand.work.ItemTime;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The steps the facade's writes share: stopping a timer (flagged when it ran past the
 * person's day), the locked-week and overlap checks, and recording time on the item.
 */
@Component
public class EntryWrites {

	private final EntryStore entries;

	private final SheetStore sheets;

	private final ItemTime itemTime;

	private final WorkspaceManagement workspaces;

	private final TimeAudit audit;

	EntryWrites(EntryStore entries, SheetStore sheets, ItemTime itemTime, WorkspaceManagement workspaces,
			TimeAudit audit) {
		this.entries = entries;
		this.sheets = sheets;
		this.itemTime = itemTime;
		this.workspaces = workspaces;
		this.audit = audit;
	}

	/**
	 * Stops the person's running timer at {@code now} — or, when it ran past the end of
	 * its day or 12 hours, at that cut-off, flagged for review. Call with the person
	 * locked.
	 */
	public Optional<TimeEntryView> stopRunning(PersonId person, Instant now) {
		Optional<TimeEntryView> running = entries.running(person);
		if (running.isEmpty()) {
			return Optional.empty();
		}
		TimeEntryView e = running.get();
		MemberView member = workspaces.findMember(e.member()).orElse(null);
		Instant cutoff = EntryRules.cutoff(e.startedAt(),
				member == null ? java.time.ZoneOffset.UTC : member.timeZone());
		boolean flagged = now.isAfter(cutoff);
		Instant end = flagged ? cutoff : now;
		if (!end.isAfter(e.startedAt())) {
			end = e.startedAt().plusSeconds(1);
		}
		entries.stop(e.id(), end, flagged, now);
		TimeEntryView stopped = entries.find(e.workspace(), e.id()).orElseThrow();
		String name = member == null ? "?" : member.displayName();
		audit.record(e.workspace(), "time-entry", e.id(), AuditableChange.Action.UPDATE, e, stopped,
				TimeAudit.summary(flagged ? "timer-flagged" : "timer-stopped", name, e.weekStart(), null));
		if (!flagged) {
			recordOnItem(stopped, now);
		}
		return Optional.of(stopped);
	}

	/** Refuses a change to a submitted or approved week. */
	public void requireOpen(WorkspaceId workspace, MemberId member, LocalDate week, String field) {
		if (sheets.get(workspace, member, week).status().locked()) {
			throw new InvalidInputException(field,
					Text.of("time.error.locked", Weeks.number(week), String.valueOf(Weeks.year(week))));
		}
	}

	/** Refuses a span that overlaps the person's other time in any workspace. */
	public void requireNoOverlap(PersonId person, Instant start, Instant end, @Nullable TimeEntryId except,
			Instant now) {
		List<TimeEntryView> clash = entries.overlapping(person, start, end, except, now);
		if (!clash.isEmpty()) {
			TimeEntryView c = clash.getFirst();
			throw new InvalidInputException("/startedAt",
					Text.of("time.error.overlap", c.startedAt(), c.endedAt() == null ? now : c.endedAt()));
		}
	}

	/** Appends the entry's time to its work item's timeline, if it has one. */
	public void recordOnItem(TimeEntryView e, Instant now) {
		if (e.workItem() != null && e.endedAt() != null) {
			itemTime.recordTime(e.workspace(), e.workItem(), e.member(), Duration.between(e.startedAt(), e.endedAt()),
					now);
		}
	}

}
