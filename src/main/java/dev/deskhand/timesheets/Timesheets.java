package dev.deskhand.timesheets;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.timesheets.internal.EntryStore;
import dev.deskhand.timesheets.internal.SheetStore;
import dev.deskhand.timesheets.internal.SheetStore.Sheet;
import dev.deskhand.timesheets.internal.TimeAudit;
import dev.deskhand.timesheets.internal.Weeks;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly timesheets and the approved time other modules bill. A member submits their week
 * (then it is locked); a manager ({@link Permission#TIME_APPROVE}) approves it or rejects
 * it with a comment, and reopens an approved week only with a reason. Each step publishes
 * its event ({@link TimesheetSubmitted}, {@link TimesheetApproved},
 * {@link TimesheetRejected}, {@link TimesheetReopened}) and an {@code AuditableChange} in
 * its transaction. Another member's week is a 404 for those who may not approve.
 */
@Service
@Transactional
public class Timesheets {

	private final JdbcClient jdbc;

	private final EntryStore entries;

	private final SheetStore sheets;

	private final WorkspaceManagement workspaces;

	private final TimeAudit audit;

	private final Clock clock;

	Timesheets(JdbcClient jdbc, EntryStore entries, SheetStore sheets, WorkspaceManagement workspaces, TimeAudit audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.sheets = sheets;
		this.workspaces = workspaces;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The week containing {@code day} of {@code member} (null: the caller), in that
	 * member's time zone.
	 * @throws NotFoundException for another member when the caller may not approve
	 */
	@Transactional(readOnly = true)
	public WeekView week(Membership m, @Nullable MemberId member, LocalDate day) {
		MemberView who = subject(m, member);
		LocalDate monday = Weeks.monday(day);
		Sheet sheet = sheets.get(m.workspace().id(), who.id(), monday);
		String decidedBy = sheet.decidedBy() == null ? null
				: workspaces.findMember(new MemberId(sheet.decidedBy())).map(MemberView::displayName).orElse(null);
		return new WeekView(m.workspace().id(), who.id(), who.displayName(), monday, who.timeZone(), sheet.status(),
				sheet.submittedAt(), decidedBy, sheet.decidedAt(), sheet.comment(),
				entries.ofWeek(m.workspace().id(), who.id(), monday));
	}

	/**
	 * Submits the caller's week containing {@code day}: it is locked until a decision.
	 * @throws InvalidInputException {@code /week} for a week not yet begun, one already
	 * submitted or approved, one with a running timer or an entry waiting for review
	 */
	public WeekView submit(Membership m, LocalDate day) {
		require(m, Permission.TIME_TRACK);
		LocalDate monday = Weeks.monday(day);
		MemberView me = m.member();
		if (me.person() != null) {
			entries.lockPerson(me.person());
		}
		Instant now = clock.instant();
		if (Weeks.start(monday, me.timeZone()).isAfter(now)) {
			throw new InvalidInputException("/week", Text.of("time.error.futureWeek"));
		}
		Sheet sheet = sheets.lock(m.workspace().id(), me.id(), monday);
		if (sheet.status().locked()) {
			throw new InvalidInputException("/week", Text.of("time.error.alreadySubmitted"));
		}
		List<TimeEntryView> list = entries.ofWeek(m.workspace().id(), me.id(), monday);
		if (list.stream().anyMatch(TimeEntryView::running)) {
			throw new InvalidInputException("/week", Text.of("time.error.runningInWeek"));
		}
		if (list.stream().anyMatch(TimeEntryView::needsReview)) {
			throw new InvalidInputException("/week", Text.of("time.error.needsReview"));
		}
		sheets.set(m.workspace().id(), me.id(), monday, TimesheetStatus.SUBMITTED, now, null, null, "");
		change(m.workspace().id(), me, monday, sheet, "week-submitted", null);
		audit.publish(new TimesheetSubmitted(m.workspace().id(), me.id(), monday, now));
		return week(m, null, monday);
	}

	/**
	 * Approves a submitted week of another member: its entries become billable.
	 * @throws InvalidInputException {@code /status} when the week is not submitted,
	 * {@code /member} for the caller's own week
	 */
	public WeekView approve(Membership m, MemberId member, LocalDate day) {
		Decision d = decide(m, member, day);
		sheets.set(m.workspace().id(), member, d.monday(), TimesheetStatus.APPROVED, d.sheet().submittedAt(),
				m.member().id(), d.now(), "");
		change(m.workspace().id(), d.who(), d.monday(), d.sheet(), "week-approved", null);
		audit.publish(new TimesheetApproved(m.workspace().id(), member, d.monday(), m.member().id(), d.now()));
		return week(m, member, d.monday());
	}

	/**
	 * Sends a submitted week back with a comment; the member can change and submit it
	 * again.
	 * @throws InvalidInputException {@code /comment} when empty or too long, as
	 * {@link #approve} otherwise
	 */
	public WeekView reject(Membership m, MemberId member, LocalDate day, @Nullable String comment) {
		String why = reason(comment);
		Decision d = decide(m, member, day);
		sheets.set(m.workspace().id(), member, d.monday(), TimesheetStatus.REJECTED, d.sheet().submittedAt(),
				m.member().id(), d.now(), why);
		change(m.workspace().id(), d.who(), d.monday(), d.sheet(), "week-rejected", why);
		audit.publish(new TimesheetRejected(m.workspace().id(), member, d.monday(), m.member().id(), why, d.now()));
		return week(m, member, d.monday());
	}

	/**
	 * Reopens an approved week, with the reason (audited): it is open again and no longer
	 * billed.
	 * @throws InvalidInputException {@code /comment} without a reason, {@code /status}
	 * when the week is not approved
	 */
	public WeekView reopen(Membership m, MemberId member, LocalDate day, @Nullable String reason) {
		require(m, Permission.TIME_APPROVE);
		String why = reason(reason);
		MemberView who = subject(m, member);
		LocalDate monday = Weeks.monday(day);
		Sheet sheet = sheets.lock(m.workspace().id(), member, monday);
		if (sheet.status() != TimesheetStatus.APPROVED) {
			throw new InvalidInputException("/status", Text.of("time.error.notApproved"));
		}
		Instant now = clock.instant();
		sheets.set(m.workspace().id(), member, monday, TimesheetStatus.OPEN, null, m.member().id(), now, why);
		change(m.workspace().id(), who, monday, sheet, "week-reopened", why);
		audit.publish(new TimesheetReopened(m.workspace().id(), member, monday, m.member().id(), why, now));
		return week(m, member, monday);
	}

	/**
	 * The workspace's weeks in {@code status} (submitted ones wait for a decision),
	 * oldest first, with the members' names.
	 */
	@Transactional(readOnly = true)
	public List<SubmittedWeek> weeks(Membership m, TimesheetStatus status) {
		require(m, Permission.TIME_APPROVE);
		Map<MemberId, String> names = workspaces.members(m.workspace().id())
			.stream()
			.collect(Collectors.toMap(MemberView::id, MemberView::displayName));
		return sheets.inStatus(m.workspace().id(), List.of(status), 200)
			.stream()
			.map(w -> new SubmittedWeek(w.member(), names.getOrDefault(w.member(), "?"), w.weekStart(), w.status(),
					w.submittedAt(), w.minutes()))
			.toList();
	}

	/**
	 * The caller's past weeks with entries that were never submitted (or were sent back).
	 */
	@Transactional(readOnly = true)
	public List<LocalDate> unsubmitted(Membership m) {
		require(m, Permission.TIME_TRACK);
		LocalDate thisWeek = Weeks.weekStart(clock.instant(), m.member().timeZone());
		return sheets.unsubmitted(m.workspace().id(), m.member().id(), thisWeek);
	}

	private record Decision(MemberView who, LocalDate monday, Sheet sheet, Instant now) {
	}

	private Decision decide(Membership m, MemberId member, LocalDate day) {
		require(m, Permission.TIME_APPROVE);
		MemberView who = subject(m, member);
		if (who.id().equals(m.member().id())) {
			throw new InvalidInputException("/member", Text.of("time.error.ownWeek"));
		}
		LocalDate monday = Weeks.monday(day);
		Sheet sheet = sheets.lock(m.workspace().id(), member, monday);
		if (sheet.status() != TimesheetStatus.SUBMITTED) {
			throw new InvalidInputException("/status", Text.of("time.error.notSubmitted"));
		}
		return new Decision(who, monday, sheet, clock.instant());
	}

	private void change(WorkspaceId ws, MemberView who, LocalDate monday, Sheet before, String action,
			@Nullable String reason) {
		audit.record(ws, "timesheet", who.id().value() + "/" + monday, AuditableChange.Action.UPDATE, before,
				sheets.get(ws, who.id(), monday), TimeAudit.summary(action, who.displayName(), monday, reason));
	}

	private static String reason(@Nullable String text) {
		String s = text == null ? "" : text.strip();
		if (s.isEmpty()) {
			throw new InvalidInputException("/comment", Text.of("time.error.commentRequired"));
		}
		if (s.length() > 2000) {
			throw new InvalidInputException("/comment", Text.of("time.error.note"));
		}
		return s;
	}

	/** The member whose week is asked for: the caller, or another for approvers. */
	private MemberView subject(Membership m, @Nullable MemberId member) {
		require(m, Permission.TIME_TRACK);
		if (member == null || member.equals(m.member().id())) {
			return m.member();
		}
		if (!m.can(Permission.TIME_APPROVE)) {
			throw new NotFoundException(Text.of("time.notFound.week"));
		}
		return workspaces.findMember(member)
			.filter(x -> x.workspace().equals(m.workspace().id()))
			.orElseThrow(() -> new NotFoundException(Text.of("time.notFound.week")));
	}

	private static void require(Membership m, Permission p) {
		if (!m.can(p)) {
			throw new dev.deskhand.access.AccessDenied(dev.deskhand.access.AccessDenied.Reason.ROLE,
					Text.of("denied.mayNot"));
		}
	}

	/**
	 * The finished entries of a member's approved weeks in a workspace that started in
	 * {@code [from, to)}, oldest first; entries still flagged for review are left out.
	 */
	@Transactional(readOnly = true)
	public List<ApprovedTime> approvedTime(WorkspaceId workspace, MemberId member, Instant from, Instant to) {
		return jdbc.sql("""
				select e.id, e.member_id, e.work_item_id, e.item_reference, e.item_title, e.work_type, e.party_name,
				       e.started_at, e.ended_at, e.billable, e.note
				from timesheets.time_entry e
				join timesheets.timesheet t on t.workspace_id = e.workspace_id and t.member_id = e.member_id
				     and t.week_start = e.week_start and t.status = 'APPROVED'
				where e.workspace_id = ? and e.member_id = ? and e.started_at >= ? and e.started_at < ?
				  and e.ended_at is not null and not e.needs_review
				order by e.started_at, e.id""")
			.params(workspace.value(), member.value(), java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
			.query((rs, n) -> new ApprovedTime(rs.getObject(1, java.util.UUID.class),
					new MemberId(rs.getObject(2, java.util.UUID.class)), rs.getObject(3, java.util.UUID.class),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
					rs.getTimestamp(9).toInstant(), rs.getBoolean(10), rs.getString(11)))
			.list();
	}

}
