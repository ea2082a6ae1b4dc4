package dev.deskhand.timesheets;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of hours in a workspace: finished entries grouped by member, work type,
 * customer, week or month. Those who may approve see everyone's hours; everybody else
 * only their own.
 */
@Service
@Transactional(readOnly = true)
public class TimeReports {

	private final JdbcClient jdbc;

	TimeReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Hours of entries that started from {@code from} to {@code to} (both whole days in
	 * the workspace's zone), largest group first (weeks and months in order).
	 * @throws InvalidInputException {@code /to} when it is before {@code from} or the
	 * span is over two years
	 */
	public List<HoursRow> hours(Membership m, LocalDate from, LocalDate to, ReportBy by) {
		if (!m.can(Permission.TIME_TRACK)) {
			throw new dev.deskhand.access.AccessDenied(dev.deskhand.access.AccessDenied.Reason.ROLE,
					Text.of("denied.mayNot"));
		}
		if (to.isBefore(from) || to.isAfter(from.plusYears(2))) {
			throw new InvalidInputException("/to", Text.of("time.error.span"));
		}
		ZoneId zone = m.workspace().timeZone();
		String key = switch (by) {
			case MEMBER -> "member_id::text";
			case WORK_TYPE -> "coalesce(work_type, '')";
			case CUSTOMER -> "coalesce(party_name, '')";
			case WEEK -> "week_start::text";
			case MONTH -> "to_char(started_at at time zone :zone, 'YYYY-MM')";
		};
		boolean everyone = m.can(Permission.TIME_APPROVE);
		String order = by == ReportBy.WEEK || by == ReportBy.MONTH ? "1" : "2 desc, 1";
		var spec = jdbc.sql("select " + key + ", sum(extract(epoch from (ended_at - started_at)))::bigint / 60, "
				+ "coalesce(sum(extract(epoch from (ended_at - started_at))) filter (where billable), 0)::bigint / 60 "
				+ "from timesheets.time_entry where workspace_id = :ws and ended_at is not null "
				+ "and started_at >= :from and started_at < :to" + (everyone ? "" : " and member_id = :member")
				+ " group by 1 order by " + order)
			.param("ws", m.workspace().id().value())
			.param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
		if (by == ReportBy.MONTH) {
			spec = spec.param("zone", zone.getId());
		}
		if (!everyone) {
			spec = spec.param("member", m.member().id().value());
		}
		return spec.query((rs, n) -> new HoursRow(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
	}

}
