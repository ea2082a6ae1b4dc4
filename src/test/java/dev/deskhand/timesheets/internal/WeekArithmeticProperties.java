package dev.deskhand.timesheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ISO weeks in a member's zone: a week runs from Monday 00:00 to the next Monday 00:00
 * local time, so in Copenhagen and Berlin the week of the spring change has 167 hours and
 * the week of the autumn change 169; every instant belongs to exactly one week.
 */
class WeekArithmeticProperties {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Example
	void theWeeksOfTheChangesIn2026() {
		for (ZoneId zone : new ZoneId[] { COPENHAGEN, BERLIN }) {
			assertThat(Weeks.length(Weeks.monday(LocalDate.of(2026, 3, 29)), zone)).isEqualTo(Duration.ofHours(167));
			assertThat(Weeks.length(Weeks.monday(LocalDate.of(2026, 10, 25)), zone)).isEqualTo(Duration.ofHours(169));
			assertThat(Weeks.length(Weeks.monday(LocalDate.of(2026, 6, 10)), zone)).isEqualTo(Duration.ofHours(168));
		}
		assertThat(Weeks.monday(LocalDate.of(2026, 3, 29))).isEqualTo(LocalDate.of(2026, 3, 23));
	}

	@Property
	void aWeekHas168HoursExceptTheWeeksOfTheChanges(@ForAll("days") LocalDate day, @ForAll("zones") ZoneId zone) {
		LocalDate monday = Weeks.monday(day);
		LocalDate sunday = monday.plusDays(6);
		long expected = 168;
		if (sunday.equals(lastSunday(sunday.getYear(), Month.MARCH))) {
			expected = 167;
		}
		if (sunday.equals(lastSunday(sunday.getYear(), Month.OCTOBER))) {
			expected = 169;
		}
		assertThat(Weeks.length(monday, zone)).isEqualTo(Duration.ofHours(expected));
		assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
	}

	@Property
	void everyInstantFallsInTheWeekThatContainsIt(@ForAll("instants") Instant at, @ForAll("zones") ZoneId zone) {
		LocalDate monday = Weeks.weekStart(at, zone);
		assertThat(Weeks.start(monday, zone)).isBeforeOrEqualTo(at);
		assertThat(Weeks.end(monday, zone)).isAfter(at);
		assertThat(Weeks.weekStart(Weeks.start(monday, zone), zone)).isEqualTo(monday);
		assertThat(Weeks.end(monday, zone)).isEqualTo(Weeks.start(monday.plusWeeks(1), zone));
	}

	@Property
	void aTimerIsCutAtTheEndOfItsDayOrAfterTwelveHours(@ForAll("instants") Instant start,
			@ForAll("zones") ZoneId zone) {
		Instant cutoff = EntryRules.cutoff(start, zone);
		assertThat(cutoff).isAfter(start);
		assertThat(Duration.between(start, cutoff)).isLessThanOrEqualTo(Duration.ofHours(12));
		assertThat(cutoff).isBeforeOrEqualTo(Weeks.endOfDay(start, zone));
	}

	private static LocalDate lastSunday(int year, Month month) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
	}

	@Provide
	Arbitrary<LocalDate> days() {
		return Arbitraries.longs()
			.between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2060, 12, 31).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<Instant> instants() {
		return Arbitraries.longs()
			.between(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
					Instant.parse("2060-12-31T00:00:00Z").getEpochSecond())
			.map(Instant::ofEpochSecond);
	}

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries.of(COPENHAGEN, BERLIN);
	}

}
