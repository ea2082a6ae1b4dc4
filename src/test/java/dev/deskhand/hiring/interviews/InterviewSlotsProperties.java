package dev.deskhand.hiring.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.workspace.WorkingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Suggested interview starts lie inside both working weeks in their own zones, across
 * daylight-saving changes, and never more than asked.
 */
class InterviewSlotsProperties {

	private static final List<String> ZONES = List.of("Europe/Copenhagen", "Europe/Berlin", "Asia/Manila",
			"America/New_York", "Asia/Kolkata", "Australia/Sydney", "Pacific/Chatham", "UTC");

	@Property(tries = 300)
	void everySuggestionFitsBothWeeks(@ForAll("zone") String a, @ForAll("zone") String b, @ForAll("week") String weekA,
			@ForAll("week") String weekB, @ForAll @IntRange(min = 0, max = 400) int dayOffset,
			@ForAll @IntRange(min = 1, max = 4) int halfHours) {
		ZoneId za = ZoneId.of(a);
		ZoneId zb = ZoneId.of(b);
		List<WorkingPeriod> wa = WorkingPeriod.parseWeek(weekA);
		List<WorkingPeriod> wb = WorkingPeriod.parseWeek(weekB);
		Instant from = Instant.parse("2026-01-01T00:07:00Z").plus(Duration.ofDays(dayOffset));
		Duration length = Duration.ofMinutes(30L * halfHours);
		List<Instant> s = InterviewSlots.suggest(wa, za, wb, zb, from, 14, length, 10, 2);
		assertThat(s).hasSizeLessThanOrEqualTo(10).doesNotHaveDuplicates();
		for (Instant t : s) {
			assertThat(t).isAfterOrEqualTo(from).isBefore(from.plus(Duration.ofDays(14)));
			assertThat(InterviewSlots.inside(wa, za, t, length)).isTrue();
			assertThat(InterviewSlots.inside(wb, zb, t, length)).isTrue();
			ZonedDateTime local = t.atZone(za);
			assertThat(wa.stream().anyMatch(p -> p.day() == local.getDayOfWeek())).isTrue();
		}
	}

	@Example
	void copenhagenAndManilaMeetInTheMorning() {
		// Copenhagen 08-16 (UTC+1 in winter) and Manila 13-22 (UTC+8) share 08:00-15:00
		// in
		// Copenhagen
		List<Instant> s = InterviewSlots.suggest(WorkingPeriod.parseWeek("mon-fri 08:00-16:00"),
				ZoneId.of("Europe/Copenhagen"), WorkingPeriod.parseWeek("mon-fri 13:00-22:00"),
				ZoneId.of("Asia/Manila"), Instant.parse("2026-12-07T00:00:00Z"), 1, Duration.ofMinutes(60), 100, 100);
		assertThat(s).first().isEqualTo(Instant.parse("2026-12-07T07:00:00Z"));
		assertThat(s).last().isEqualTo(Instant.parse("2026-12-07T13:00:00Z"));
	}

	@Example
	void anInterviewEndingAtMidnightFitsADayOpenUntilMidnight() {
		var week = WorkingPeriod.parseWeek("mon 20:00-24:00");
		Instant start = ZonedDateTime.parse("2026-12-07T23:30:00+01:00[Europe/Copenhagen]").toInstant();
		assertThat(InterviewSlots.inside(week, ZoneId.of("Europe/Copenhagen"), start, Duration.ofMinutes(30))).isTrue();
		assertThat(InterviewSlots.inside(week, ZoneId.of("Europe/Copenhagen"), start, Duration.ofMinutes(45)))
			.isFalse();
	}

	@Provide
	Arbitrary<String> zone() {
		return Arbitraries.of(ZONES);
	}

	@Provide
	Arbitrary<String> week() {
		return Arbitraries.of("mon-fri 08:00-16:00", "mon-fri 09:00-12:00, 13:00-17:00", "mon-sun 00:00-24:00",
				"tue-thu 18:00-24:00; sat 10:00-14:00", "mon-fri 13:00-22:00", "sun 06:00-07:00");
	}

}
