package dev.deskhand.timesheets;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.timesheets.internal.EntryRules;
import dev.deskhand.timesheets.internal.EntryStore;
import dev.deskhand.timesheets.internal.EntryWrites;
import dev.deskhand.timesheets.internal.TimeAudit;
import dev.deskhand.timesheets.internal.Weeks;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.PersonId;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's time: one timer across all their workspaces (starting one stops the other),
 * entries typed in, changed and deleted until their week is submitted. Every write checks
 * {@link Permission#TIME_TRACK}, refuses overlaps with the person's time in any
 * workspace, records the time on the work item's timeline and is audited, in one
 * transaction. An entry of someone else answers {@link NotFoundException}.
 */
@Service
@Transactional
public class TimeTracking {

	private final AccessPolicy policy;

	private final EntryStore entries;

	private final EntryWrites writes;

	private final WorkQueue work;

	private final WorkspaceManagement workspaces;

	private final TimeAudit audit;

	private final Clock clock;

	TimeTracking(AccessPolicy policy, EntryStore entries, EntryWrites writes, WorkQueue work,
			WorkspaceManagement workspaces, TimeAudit audit, Clock clock) {
		this.policy = policy;
		this.entries = entries;
		this.writes = writes;
		this.work = work;
		this.workspaces = workspaces;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts the caller's timer now, on {@code item} (its reference, title, type and
	 * party copied onto the entry) or free with a note; a timer running anywhere else is
	 * stopped first, in the same transaction.
	 * @throws InvalidInputException {@code /startedAt} when this week is locked,
	 * {@code /note} when the note is too long
	 * @throws NotFoundException for an item the caller does not see
	 */
	public TimeEntryView startTimer(Membership m, @Nullable WorkItemId item, @Nullable String note) {
		PersonId person = tracker(m);
		entries.lockPerson(person);
		Instant now = clock.instant();
		writes.stopRunning(person, now);
		LocalDate week = Weeks.weekStart(now, m.member().timeZone());
		writes.requireOpen(m.workspace().id(), m.member().id(), week, "/startedAt");
		WorkItemView it = item == null ? null : work.item(m, item);
		TimeEntryView e = new TimeEntryView(TimeEntryId.random(), m.workspace().id(), m.member().id(),
				it == null ? null : it.id(), it == null ? null : it.reference(), it == null ? null : it.title(),
				it == null ? null : it.type(), it == null ? null : it.partyName(), now, null, week, true,
				EntryRules.note(note), EntrySource.TIMER, false);
		entries.insert(e, person, it == null || it.party() == null ? null : it.party().value(), now);
		audit.record(m.workspace().id(), "time-entry", e.id(), AuditableChange.Action.CREATE, null, e,
				TimeAudit.summary("timer-started", m.member().displayName(), week, null));
		return e;
	}

	/**
	 * Stops the caller's running timer, in whatever workspace it runs; empty when none
	 * runs. A timer that ran past the end of the person's day is stopped at that end and
	 * flagged for review.
	 */
	public Optional<TimeEntryView> stopTimer() {
		PersonId person = policy.requireCaller().person();
		if (person == null) {
			return Optional.empty();
		}
		entries.lockPerson(person);
		return writes.stopRunning(person, clock.instant());
	}

	/**
	 * The caller's running timer in any workspace, or empty. One left running past the
	 * end of the person's day is stopped and flagged first (the next page after sign-in
	 * shows it for review).
	 */
	public Optional<RunningTimer> runningTimer() {
		PersonId person = policy.caller().map(c -> c.person()).orElse(null);
		if (person == null) {
			return Optional.empty();
		}
		Optional<TimeEntryView> running = entries.running(person);
		if (running.isPresent() && overdue(running.get())) {
			entries.lockPerson(person);
			writes.stopRunning(person, clock.instant());
			return Optional.empty();
		}
		return running
			.flatMap(e -> workspaces.findWorkspace(e.workspace()).map(w -> new RunningTimer(e, w.slug(), w.name())));
	}

	private boolean overdue(TimeEntryView e) {
		return workspaces.findMember(e.member())
			.map(mv -> clock.instant().isAfter(EntryRules.cutoff(e.startedAt(), mv.timeZone())))
			.orElse(false);
	}

	/** The caller's entries flagged for review, in every workspace, oldest first. */
	@Transactional(readOnly = true)
	public List<TimeEntryView> flagged() {
		PersonId person = policy.caller().map(c -> c.person()).orElse(null);
		return person == null ? List.of() : entries.flaggedOf(person);
	}

	/**
	 * Records a finished span typed in afterwards.
	 * @throws InvalidInputException {@code /endedAt} (not after the start, over 24 h, in
	 * the future), {@code /startedAt} (in the future, a locked week, overlapping the
	 * caller's other time in any workspace), {@code /note}
	 */
	public TimeEntryView addEntry(Membership m, NewTimeEntry n) {
		PersonId person = tracker(m);
		entries.lockPerson(person);
		Instant now = clock.instant();
		EntryRules.check(n, now);
		LocalDate week = Weeks.weekStart(n.startedAt(), m.member().timeZone());
		writes.requireOpen(m.workspace().id(), m.member().id(), week, "/startedAt");
		writes.requireNoOverlap(person, n.startedAt(), n.endedAt(), null, now);
		WorkItemView it = n.workItem() == null ? null : work.item(m, n.workItem());
		TimeEntryView e = new TimeEntryView(TimeEntryId.random(), m.workspace().id(), m.member().id(),
				it == null ? null : it.id(), it == null ? null : it.reference(), it == null ? null : it.title(),
				it == null ? null : it.type(), it == null ? null : it.partyName(), n.startedAt(), n.endedAt(), week,
				n.billable(), EntryRules.note(n.note()), EntrySource.MANUAL, false);
		entries.insert(e, person, it == null || it.party() == null ? null : it.party().value(), now);
		writes.recordOnItem(e, now);
		audit.record(m.workspace().id(), "time-entry", e.id(), AuditableChange.Action.CREATE, null, e,
				TimeAudit.summary("entry-added", m.member().displayName(), week, null));
		return e;
	}

	/**
	 * Changes a finished entry of the caller's (its times, billable flag and note; the
	 * item stays); a flagged entry is thereby confirmed, and its time recorded on the
	 * item. Refused as {@link #addEntry} refuses, and for a locked week before or after.
	 */
	public TimeEntryView updateEntry(Membership m, TimeEntryId id, NewTimeEntry n) {
		PersonId person = tracker(m);
		entries.lockPerson(person);
		TimeEntryView old = own(m, id);
		if (old.running()) {
			throw new InvalidInputException("/endedAt", Text.of("time.error.running"));
		}
		Instant now = clock.instant();
		EntryRules.check(n, now);
		writes.requireOpen(m.workspace().id(), m.member().id(), old.weekStart(), "/startedAt");
		LocalDate week = Weeks.weekStart(n.startedAt(), m.member().timeZone());
		writes.requireOpen(m.workspace().id(), m.member().id(), week, "/startedAt");
		writes.requireNoOverlap(person, n.startedAt(), n.endedAt(), id, now);
		TimeEntryView e = new TimeEntryView(id, old.workspace(), old.member(), old.workItem(), old.itemReference(),
				old.itemTitle(), old.workType(), old.partyName(), n.startedAt(), n.endedAt(), week, n.billable(),
				EntryRules.note(n.note()), old.source(), false);
		entries.update(e, now);
		if (old.needsReview()) {
			writes.recordOnItem(e, now);
		}
		audit.record(m.workspace().id(), "time-entry", id, AuditableChange.Action.UPDATE, old, e, TimeAudit
			.summary(old.needsReview() ? "entry-confirmed" : "entry-changed", m.member().displayName(), week, null));
		return e;
	}

	/** Confirms a flagged entry's end as Deskhand set it; its time goes to the item. */
	public TimeEntryView confirmEntry(Membership m, TimeEntryId id) {
		TimeEntryView e = own(m, id);
		if (!e.needsReview() || e.endedAt() == null) {
			return e;
		}
		return updateEntry(m, id, new NewTimeEntry(e.startedAt(), e.endedAt(), null, e.billable(), e.note()));
	}

	/** Deletes an entry (or discards the running timer) of a week not yet locked. */
	public void deleteEntry(Membership m, TimeEntryId id) {
		PersonId person = tracker(m);
		entries.lockPerson(person);
		TimeEntryView old = own(m, id);
		writes.requireOpen(m.workspace().id(), m.member().id(), old.weekStart(), "/startedAt");
		entries.delete(id);
		audit.record(m.workspace().id(), "time-entry", id, AuditableChange.Action.DELETE, old, null,
				TimeAudit.summary("entry-deleted", m.member().displayName(), old.weekStart(), null));
	}

	/** One of the caller's entries in this workspace. */
	@Transactional(readOnly = true)
	public TimeEntryView entry(Membership m, TimeEntryId id) {
		require(m);
		return own(m, id);
	}

	private TimeEntryView own(Membership m, TimeEntryId id) {
		return entries.find(m.workspace().id(), id)
			.filter(e -> e.member().equals(m.member().id()))
			.orElseThrow(() -> new NotFoundException(Text.of("time.notFound.entry")));
	}

	private static void require(Membership m) {
		if (!m.can(Permission.TIME_TRACK)) {
			throw new dev.deskhand.access.AccessDenied(dev.deskhand.access.AccessDenied.Reason.ROLE,
					Text.of("denied.mayNot"));
		}
	}

	/** The person behind the membership, who may track time and is active. */
	private static PersonId tracker(Membership m) {
		require(m);
		PersonId person = m.member().person();
		if (person == null || !m.member().active()) {
			throw new InvalidInputException("/member", Text.of("time.error.inactive"));
		}
		return person;
	}

}
