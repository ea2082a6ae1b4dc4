package dev.deskhand.timesheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.ApiClient;
import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.timesheets.internal.IdleSweep;
import dev.deskhand.timesheets.internal.Weeks;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timers and entries: one running timer per person across workspaces, time on the work
 * item's timeline, bad input refused with nothing written, and timers left running
 * stopped at the end of the day and flagged.
 */
@IntegrationTest
class TimeTrackingTests {

	static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	TimeTracking tracking;

	@Autowired
	Timesheets timesheets;

	@Autowired
	WorkQueue work;

	@Autowired
	IdleSweep sweep;

	@Autowired
	dev.deskhand.timesheets.internal.WeekReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void startingATimerStopsTheOneRunningInAnotherWorkspace() {
		var nordhavn = fixtures.workspace("ts-nordhavn");
		var elbtal = fixtures.workspace("ts-elbtal");
		var katrine = fixtures.person("katrine");
		var inNordhavn = fixtures.join(nordhavn, katrine, Role.ASSISTANT, null, true);
		var inElbtal = fixtures.join(elbtal, katrine, Role.ASSISTANT, null, true);
		TimeEntryView first = fixtures.as(inNordhavn,
				() -> tracking.startTimer(policy.require(nordhavn.slug(), Permission.TIME_TRACK), null, "Inbox"));
		TimeEntryView second = fixtures.as(inElbtal, () -> {
			Membership m = policy.require(elbtal.slug(), Permission.TIME_TRACK);
			WorkItemView item = work.create(m, NewWorkItem.of("travel", "Hotel in Dresden"));
			return tracking.startTimer(m, item.id(), null);
		});
		assertThat(second.itemReference()).startsWith("W-");
		assertThat(second.itemTitle()).isEqualTo("Hotel in Dresden");
		assertThat(running(katrine.id().value())).isEqualTo(1);
		assertThat(jdbc.sql("select ended_at is not null from timesheets.time_entry where id = ?")
			.param(first.id().value())
			.query(Boolean.class)
			.single()).isTrue();
		RunningTimer now = fixtures.as(inNordhavn, () -> tracking.runningTimer().orElseThrow());
		assertThat(now.workspaceSlug()).isEqualTo(elbtal.slug());
		assertThat(fixtures.as(inElbtal, () -> tracking.stopTimer())).isPresent();
		assertThat(running(katrine.id().value())).isZero();
	}

	@Test
	void timeOnAnItemIsOnItsTimeline() {
		var ws = fixtures.workspace("ts-timeline");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		Instant start = pastWeek(2).plus(9, ChronoUnit.HOURS);
		fixtures.as(assistant, () -> {
			Membership m = policy.require(ws.slug(), Permission.TIME_TRACK);
			WorkItemView item = work.create(m, NewWorkItem.of("travel", "Ferry to Oslo"));
			tracking.addEntry(m,
					new NewTimeEntry(start, start.plus(95, ChronoUnit.MINUTES), item.id(), true, "Booked"));
			var logged = work.timeline(m, item.id())
				.stream()
				.filter(e -> e.kind() == TimelineKind.TIME_LOGGED)
				.toList();
			assertThat(logged).hasSize(1);
			assertThat(((Number) logged.getFirst().data().get("minutes")).longValue()).isEqualTo(95);
		});
	}

	@Test
	void badInputIsRefusedAsProblemJsonAndNothingIsWritten() {
		var ws = fixtures.workspace("ts-bad");
		var other = fixtures.workspace("ts-bad-other");
		var person = fixtures.person("assistant");
		var member = fixtures.join(ws, person, Role.ASSISTANT, null, true);
		var elsewhere = fixtures.join(other, person, Role.ASSISTANT, null, true);
		var api = new ApiClient(port, fixtures.token(ws, member.member()));
		var otherApi = new ApiClient(port, fixtures.token(other, elsewhere.member()));
		String base = "/api/v1/workspaces/" + ws.slug();
		LocalDate monday = Weeks.weekStart(pastWeek(3), CPH);
		Instant nine = Weeks.start(monday, CPH).plus(9, ChronoUnit.HOURS);

		expect400(api.post(base + "/time-entries", entry(nine, nine.minusSeconds(60))), "/endedAt");
		expect400(api.post(base + "/time-entries", entry(nine, nine.plus(25, ChronoUnit.HOURS))), "/endedAt");
		Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
		expect400(api.post(base + "/time-entries", entry(tomorrow, tomorrow.plusSeconds(3600))), "/startedAt");
		expect400(api.post(base + "/time-entries", "{\"endedAt\":\"" + nine + "\"}"), "/startedAt");

		var ok = api.post(base + "/time-entries", entry(nine, nine.plus(2, ChronoUnit.HOURS)));
		assertThat(ok.status()).isEqualTo(201);
		assertThat(ok.json().get("weekStart").asString()).isEqualTo(monday.toString());
		// the same hour in the same workspace, and for another client
		expect400(api.post(base + "/time-entries", entry(nine.plusSeconds(3600), nine.plus(3, ChronoUnit.HOURS))),
				"/startedAt");
		expect400(otherApi.post("/api/v1/workspaces/" + other.slug() + "/time-entries",
				entry(nine.plusSeconds(1800), nine.plusSeconds(5400))), "/startedAt");

		assertThat(api.post(base + "/timesheets/" + monday + "/submission", null).status()).isEqualTo(200);
		Instant later = nine.plus(1, ChronoUnit.DAYS);
		expect400(api.post(base + "/time-entries", entry(later, later.plusSeconds(3600))), "/startedAt");
		String id = ok.json().get("id").asString();
		expect400(api.send("PUT", base + "/time-entries/" + id, entry(later, later.plusSeconds(3600))), "/startedAt");
		expect400(api.delete(base + "/time-entries/" + id), "/startedAt");

		assertThat(jdbc.sql("select count(*) from timesheets.time_entry where person_id = ?")
			.param(person.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aTimerLeftRunningIsStoppedAtTheEndOfTheDayAndFlagged() {
		var ws = fixtures.workspace("ts-idle");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		TimeEntryView started = fixtures.as(assistant,
				() -> tracking.startTimer(policy.require(ws.slug(), Permission.TIME_TRACK), null, "Forgot it"));
		// started yesterday at 20:00 in Copenhagen: the day ended at midnight
		LocalDate yesterday = LocalDate.now(CPH).minusDays(1);
		Instant eight = yesterday.atTime(20, 0).atZone(CPH).toInstant();
		LocalDate week = Weeks.weekStart(eight, CPH);
		jdbc.sql("update timesheets.time_entry set started_at = ?, week_start = ? where id = ?")
			.params(Timestamp.from(eight), week, started.id().value())
			.update();
		assertThat(sweep.sweep(Instant.now())).isPositive();
		fixtures.as(assistant, () -> {
			Membership m = policy.require(ws.slug(), Permission.TIME_TRACK);
			TimeEntryView flagged = tracking.entry(m, started.id());
			assertThat(flagged.needsReview()).isTrue();
			assertThat(flagged.endedAt()).isEqualTo(yesterday.plusDays(1).atStartOfDay(CPH).toInstant());
			assertThat(tracking.flagged()).extracting(TimeEntryView::id).containsExactly(started.id());
			assertThatThrownBy(() -> timesheets.submit(m, week)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("confirm or correct");
			tracking.confirmEntry(m, started.id());
			assertThat(tracking.flagged()).isEmpty();
		});
	}

	@Test
	void theNextPageAfterSignInStopsATimerRunningOverTwelveHours() {
		var ws = fixtures.workspace("ts-signin");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		TimeEntryView started = fixtures.as(employee,
				() -> tracking.startTimer(policy.require(ws.slug(), Permission.TIME_TRACK), null, "Night shift"));
		// PostgreSQL keeps microseconds (it rounds, not truncates): compare at that
		// precision
		Instant thirteenHoursAgo = Instant.now().minus(13, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("update timesheets.time_entry set started_at = ?, week_start = ? where id = ?")
			.params(Timestamp.from(thirteenHoursAgo), Weeks.weekStart(thirteenHoursAgo, CPH), started.id().value())
			.update();
		fixtures.as(employee, () -> {
			assertThat(tracking.runningTimer()).isEmpty();
			assertThat(tracking.flagged()).hasSize(1);
			assertThat(tracking.flagged().getFirst().endedAt())
				.isBeforeOrEqualTo(thirteenHoursAgo.plus(12, ChronoUnit.HOURS));
		});
	}

	@Test
	void remindsOfAnUnsubmittedWeekOncePerWeek() {
		var ws = fixtures.workspace("ts-remind");
		var assistant = fixtures.member(ws, Role.ASSISTANT, null);
		Instant nine = pastWeek(3).plus(9, ChronoUnit.HOURS);
		fixtures.as(assistant, () -> tracking.addEntry(policy.require(ws.slug(), Permission.TIME_TRACK),
				new NewTimeEntry(nine, nine.plus(1, ChronoUnit.HOURS), null, true, "Invoices")));
		reminders.remind(Instant.now());
		reminders.remind(Instant.now());
		var rows = jdbc.sql("select weeks, mailed from timesheets.reminder where member_id = ?")
			.param(assistant.member().id().value())
			.query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2))
			.list();
		LocalDate monday = Weeks.weekStart(nine, CPH);
		// no mailbox in this workspace: recorded, not e-mailed; the week page shows the
		// banner
		assertThat(rows).containsExactly(Weeks.number(monday) + "/" + Weeks.year(monday) + " false");
		fixtures.as(assistant,
				() -> assertThat(timesheets.unsubmitted(policy.require(ws.slug(), Permission.TIME_TRACK)))
					.containsExactly(monday));
	}

	private int running(java.util.UUID person) {
		return jdbc.sql("select count(*) from timesheets.time_entry where person_id = ? and ended_at is null")
			.param(person)
			.query(Integer.class)
			.single();
	}

	/** Monday 00:00 in Copenhagen, {@code weeks} weeks ago. */
	static Instant pastWeek(int weeks) {
		return Weeks.start(Weeks.monday(LocalDate.now(CPH).minusWeeks(weeks)), CPH);
	}

	static String entry(Instant start, Instant end) {
		return "{\"startedAt\":\"" + start + "\",\"endedAt\":\"" + end + "\",\"note\":\"Mails\"}";
	}

	private static void expect400(ApiClient.Response r, String pointer) {
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("errors").get(0).get("pointer").asString()).isEqualTo(pointer);
	}

}
