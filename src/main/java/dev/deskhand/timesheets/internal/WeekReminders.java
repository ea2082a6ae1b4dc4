package dev.deskhand.timesheets.internal;

import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds members of their past weeks with time that were never submitted (or were sent
 * back): at most once per week per member and workspace, by e-mail through the
 * workspace's mailbox in the person's language (the week page and {@code /time} show the
 * same weeks as a banner, also without a mailbox). A row in {@code timesheets.reminder}
 * inserted in the sending transaction makes it cluster-safe: a second instance finds the
 * row and sends nothing.
 */
@Component
public class WeekReminders {

	private static final Logger log = LoggerFactory.getLogger(WeekReminders.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final InboxManagement inbox;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	private final Clock clock;

	WeekReminders(JdbcClient jdbc, TransactionTemplate tx, InboxManagement inbox, WorkspaceManagement workspaces,
			MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.inbox = inbox;
		this.workspaces = workspaces;
		this.messages = messages;
		this.clock = clock;
	}

	private record Due(WorkspaceId workspace, MemberId member) {
	}

	@Scheduled(fixedDelayString = "${deskhand.timesheets.reminder-interval:PT1H}", initialDelayString = "PT3M")
	void scheduled() {
		remind(clock.instant());
	}

	/** Sends the reminders due at {@code now}; returns how many were e-mailed. */
	public int remind(Instant now) {
		LocalDate thisWeek = Weeks.weekStart(now, ZoneOffset.UTC);
		// a week that ended everywhere: its Monday at least 8 days ago (UTC)
		LocalDate before = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(8);
		List<Due> due = jdbc.sql("""
				select distinct e.workspace_id, e.member_id from timesheets.time_entry e
				left join timesheets.timesheet t on t.workspace_id = e.workspace_id and t.member_id = e.member_id
				  and t.week_start = e.week_start
				where e.week_start <= ? and (t.status is null or t.status in ('OPEN', 'REJECTED'))
				  and not exists (select 1 from timesheets.reminder r where r.workspace_id = e.workspace_id
				                  and r.member_id = e.member_id and r.sent_week = ?)
				limit 200""")
			.params(before, thisWeek)
			.query((rs, n) -> new Due(new WorkspaceId(rs.getObject(1, UUID.class)),
					new MemberId(rs.getObject(2, UUID.class))))
			.list();
		int mailed = 0;
		for (Due d : due) {
			try {
				mailed += Boolean.TRUE.equals(tx.execute(s -> send(d, thisWeek, before, now, true))) ? 1 : 0;
			}
			catch (InvalidInputException e) {
				log.info("Timesheet reminder for member {} not e-mailed: {}", d.member().value(), e.getMessage());
				tx.execute(s -> send(d, thisWeek, before, now, false));
			}
		}
		return mailed;
	}

	private boolean send(Due d, LocalDate thisWeek, LocalDate before, Instant now, boolean mail) {
		MemberView member = workspaces.findMember(d.member()).orElse(null);
		List<LocalDate> weeks = jdbc.sql("""
				select distinct e.week_start from timesheets.time_entry e
				left join timesheets.timesheet t on t.workspace_id = e.workspace_id and t.member_id = e.member_id
				  and t.week_start = e.week_start
				where e.workspace_id = ? and e.member_id = ? and e.week_start <= ?
				  and (t.status is null or t.status in ('OPEN', 'REJECTED')) order by 1""")
			.params(d.workspace().value(), d.member().value(), before)
			.query(LocalDate.class)
			.list();
		String list = weeks.stream().map(w -> Weeks.number(w) + "/" + Weeks.year(w)).collect(Collectors.joining(", "));
		int inserted = jdbc.sql("""
				insert into timesheets.reminder (workspace_id, member_id, sent_week, weeks, mailed, sent_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(d.workspace().value(), d.member().value(), thisWeek, list,
					mail && member != null && member.email() != null && member.active(), Timestamp.from(now))
			.update();
		if (inserted == 0 || !mail || member == null || member.email() == null || !member.active()
				|| member.person() == null) {
			return false;
		}
		Locale locale = workspaces.findPerson(member.person())
			.map(p -> Locale.forLanguageTag(p.language()))
			.orElse(Locale.ENGLISH);
		String subject = messages.getMessage("time.reminder.subject", null, locale);
		String body = messages.getMessage("time.reminder.body", new Object[] { member.displayName(), list }, locale);
		inbox.sendSystemMail(d.workspace(), null, member.email(), subject, body, List.of());
		return true;
	}

}
