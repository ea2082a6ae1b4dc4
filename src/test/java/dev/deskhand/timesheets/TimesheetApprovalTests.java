package dev.deskhand.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.timesheets.internal.Weeks;
import dev.deskhand.workspace.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The week's way: submitted (locked), sent back with a comment, submitted again, approved
 * (billable, with its event), reopened only with a reason (audited, no longer billable);
 * managers decide, never on their own week.
 */
@IntegrationTest
class TimesheetApprovalTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	TimeTracking tracking;

	@Autowired
	Timesheets timesheets;

	@Autowired
	TimesheetEventsRecorder recorder;

	@Autowired
	TimeReports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void submitRejectResubmitApproveAndReopen() {
		var ws = fixtures.workspace("ts-approve");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		var manager = fixtures.member(ws, Role.MANAGER, null);
		var id = assistant.member().id();
		Instant nine = TimeTrackingTests.pastWeek(1).plus(9, ChronoUnit.HOURS);
		LocalDate week = Weeks.weekStart(nine, TimeTrackingTests.CPH);
		TimeEntryView entry = as(assistant, ws.slug(), m -> {
			TimeEntryView e = tracking.addEntry(m,
					new NewTimeEntry(nine, nine.plus(3, ChronoUnit.HOURS), null, true, "Customs papers"));
			assertThat(timesheets.submit(m, week).status()).isEqualTo(TimesheetStatus.SUBMITTED);
			assertThatThrownBy(() -> tracking.addEntry(m,
					new NewTimeEntry(nine.plus(4, ChronoUnit.HOURS), nine.plus(5, ChronoUnit.HOURS), null, true, "")))
				.isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> timesheets.weeks(m, TimesheetStatus.SUBMITTED)).isInstanceOf(AccessDenied.class);
			assertThatThrownBy(() -> timesheets.week(m, manager.member().id(), week))
				.isInstanceOf(NotFoundException.class);
			return e;
		});

		as(manager, ws.slug(), m -> {
			assertThat(timesheets.weeks(m, TimesheetStatus.SUBMITTED)).extracting(SubmittedWeek::member).contains(id);
			assertThatThrownBy(() -> timesheets.reject(m, id, week, " ")).isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> timesheets.approve(m, manager.member().id(), week))
				.isInstanceOf(InvalidInputException.class);
			assertThat(timesheets.reject(m, id, week, "Split the customs work by shipment").status())
				.isEqualTo(TimesheetStatus.REJECTED);
			return null;
		});

		as(assistant, ws.slug(), m -> {
			assertThat(timesheets.week(m, null, week).comment()).isEqualTo("Split the customs work by shipment");
			tracking.updateEntry(m, entry.id(),
					new NewTimeEntry(nine, nine.plus(2, ChronoUnit.HOURS), null, true, "Customs papers, SHP-1"));
			return timesheets.submit(m, week);
		});
		assertThat(billed(ws, id)).isZero();

		as(manager, ws.slug(), m -> {
			assertThat(timesheets.approve(m, id, week).status()).isEqualTo(TimesheetStatus.APPROVED);
			return null;
		});
		assertThat(billed(ws, id)).isEqualTo(1);
		assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TimesheetApproved.class,
				a -> assertThat(a.member()).isEqualTo(id)));

		as(manager, ws.slug(), m -> {
			assertThatThrownBy(() -> timesheets.reopen(m, id, week, "")).isInstanceOf(InvalidInputException.class);
			assertThat(timesheets.reopen(m, id, week, "Wrong customer").status()).isEqualTo(TimesheetStatus.OPEN);
			return null;
		});
		assertThat(billed(ws, id)).isZero();
		assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TimesheetReopened.class,
				r -> assertThat(r.reason()).isEqualTo("Wrong customer")));
		assertThat(jdbc
			.sql("select summary from audit.entry where workspace_id = ? and subject_type = 'timesheet' "
					+ "order by seq")
			.param(ws.view().id().value())
			.query(String.class)
			.list()).last().asString().contains("week-reopened").endsWith(": Wrong customer");
	}

	@Test
	void assistantsReportOnlyTheirOwnHoursManagersEveryones() {
		var ws = fixtures.workspace("ts-report");
		var one = fixtures.member(ws, Role.ASSISTANT, null);
		var two = fixtures.member(ws, Role.ASSISTANT, null);
		var manager = fixtures.member(ws, Role.MANAGER, null);
		Instant nine = TimeTrackingTests.pastWeek(1).plus(9, ChronoUnit.HOURS);
		as(one, ws.slug(), m -> tracking.addEntry(m, new NewTimeEntry(nine, nine.plusSeconds(5400), null, true, "")));
		as(two, ws.slug(), m -> tracking.addEntry(m, new NewTimeEntry(nine, nine.plusSeconds(3600), null, false, "")));
		LocalDate from = nine.atZone(TimeTrackingTests.CPH).toLocalDate().minusDays(1);
		LocalDate to = from.plusDays(7);
		List<HoursRow> own = as(one, ws.slug(), m -> reports.hours(m, from, to, ReportBy.MEMBER));
		List<HoursRow> everyone = as(manager, ws.slug(), m -> reports.hours(m, from, to, ReportBy.MEMBER));
		List<HoursRow> weeks = as(manager, ws.slug(), m -> reports.hours(m, from, to, ReportBy.WEEK));
		assertThat(own).containsExactly(new HoursRow(one.member().id().value().toString(), 90, 90));
		assertThat(everyone).hasSize(2);
		assertThat(weeks)
			.containsExactly(new HoursRow(Weeks.weekStart(nine, TimeTrackingTests.CPH).toString(), 150, 90));
	}

	private int billed(TestFixtures.Ws ws, dev.deskhand.workspace.MemberId member) {
		return timesheets.approvedTime(ws.view().id(), member, Instant.now().minus(60, ChronoUnit.DAYS), Instant.now())
			.size();
	}

	private <T> T as(TestFixtures.Member who, String slug, java.util.function.Function<Membership, T> work) {
		return fixtures.as(who, () -> work.apply(policy.require(slug, Permission.TIME_TRACK)));
	}

}
