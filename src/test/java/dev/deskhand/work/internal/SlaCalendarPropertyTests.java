package dev.deskhand.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.workspace.WorkingPeriod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The business calendar across DST switches in Copenhagen and Berlin, state holidays and
 * days with several periods: adding and measuring are inverse, monotonic, nights and
 * holidays add nothing, and wall-clock results do not depend on a DST switch no period
 * touches.
 */
class SlaCalendarPropertyTests {

	static final List<String> ZONES = List.of("Europe/Copenhagen", "Europe/Berlin");

	/**
	 * Start instants around the 2024 and 2025 DST switches (late March, late October).
	 */
	@Provide
	Arbitrary<Instant> starts() {
		Arbitrary<LocalDateTime> near = Arbitraries
			.of(LocalDateTime.of(2024, 3, 28, 0, 0), LocalDateTime.of(2024, 10, 25, 0, 0),
					LocalDateTime.of(2025, 3, 28, 0, 0), LocalDateTime.of(2025, 10, 24, 0, 0),
					LocalDateTime.of(2024, 11, 18, 0, 0))
			.flatMap(base -> Arbitraries.integers().between(0, 6 * 24 * 60).map(base::plusMinutes));
		return near.map(l -> l.toInstant(ZoneOffset.UTC));
	}

	@Provide
	Arbitrary<BusinessCalendar> calendars() {
		Arbitrary<List<Integer>> quarterHours = Arbitraries.integers()
			.between(4 * 4, 23 * 4)
			.list()
			.ofMinSize(2)
			.ofMaxSize(6)
			.uniqueElements();
		Arbitrary<List<WorkingPeriod>> week = Arbitraries.integers()
			.between(1, 7)
			.flatMap(days -> quarterHours.list().ofSize(days).map(perDay -> {
				List<WorkingPeriod> out = new ArrayList<>();
				for (int d = 0; d < perDay.size(); d++) {
					out.addAll(periods(DayOfWeek.of(d + 1), perDay.get(d)));
				}
				return out;
			}));
		return Arbitraries.of(ZONES)
			.flatMap(zone -> Arbitraries.of("DK", "DE-SN", "DE-BE")
				.flatMap(region -> week.map(w -> calendar(zone, w, region))));
	}

	static List<WorkingPeriod> periods(DayOfWeek day, List<Integer> quarterHours) {
		List<Integer> sorted = quarterHours.stream().sorted().toList();
		List<WorkingPeriod> out = new ArrayList<>();
		for (int i = 0; i + 1 < sorted.size(); i += 2) {
			out.add(new WorkingPeriod(day, LocalTime.of(sorted.get(i) / 4, sorted.get(i) % 4 * 15),
					LocalTime.of(sorted.get(i + 1) / 4, sorted.get(i + 1) % 4 * 15)));
		}
		return out;
	}

	static BusinessCalendar calendar(String zone, List<WorkingPeriod> week, String region) {
		String country = region.substring(0, 2);
		String sub = region.length() > 2 ? region : null;
		return new BusinessCalendar(ZoneId.of(zone), week, country, sub, Set.of());
	}

	@Property(tries = 300)
	void addingThenMeasuringGivesTheAmountBack(@ForAll("calendars") BusinessCalendar calendar,
			@ForAll("starts") Instant start, @ForAll @IntRange(min = 0, max = 60 * 60) int minutes) {
		Duration amount = Duration.ofMinutes(minutes);
		Instant end = calendar.plusBusinessTime(start, amount);
		assertThat(calendar.businessTimeBetween(start, end)).isEqualTo(amount);
	}

	@Property(tries = 300)
	void moreBusinessTimeNeverEndsEarlier(@ForAll("calendars") BusinessCalendar calendar,
			@ForAll("starts") Instant start, @ForAll @IntRange(min = 0, max = 3000) int a,
			@ForAll @IntRange(min = 0, max = 3000) int b) {
		Instant ea = calendar.plusBusinessTime(start, Duration.ofMinutes(Math.min(a, b)));
		Instant eb = calendar.plusBusinessTime(start, Duration.ofMinutes(Math.max(a, b)));
		assertThat(ea).isBeforeOrEqualTo(eb);
		assertThat(ea).isAfterOrEqualTo(start);
	}

	@Property(tries = 300)
	void measuringIsAdditive(@ForAll("calendars") BusinessCalendar calendar, @ForAll("starts") Instant a,
			@ForAll @IntRange(min = 0, max = 5000) int m1, @ForAll @IntRange(min = 0, max = 5000) int m2) {
		Instant b = a.plus(Duration.ofMinutes(m1));
		Instant c = b.plus(Duration.ofMinutes(m2));
		assertThat(calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c)))
			.isEqualTo(calendar.businessTimeBetween(a, c));
		assertThat(calendar.businessTimeBetween(a, c)).isLessThanOrEqualTo(Duration.between(a, c));
	}

	@Property(tries = 300)
	void measuringThenAddingLandsNoLaterThanTheEnd(@ForAll("calendars") BusinessCalendar calendar,
			@ForAll("starts") Instant a, @ForAll @IntRange(min = 1, max = 8000) int minutes) {
		Instant b = a.plus(Duration.ofMinutes(minutes));
		Duration between = calendar.businessTimeBetween(a, b);
		Instant back = calendar.plusBusinessTime(a, between);
		assertThat(back).isBeforeOrEqualTo(b);
		assertThat(calendar.businessTimeBetween(back, b)).isZero();
	}

	/**
	 * With every period between 04:00 and 23:00, no period touches the switch at 02:00 or
	 * 03:00: the local wall-clock result is the same as on a calendar without DST.
	 */
	@Property(tries = 300)
	void wallClockResultsIgnoreADstSwitchNoPeriodTouches(@ForAll("calendars") BusinessCalendar calendar,
			@ForAll("starts") Instant utcStart, @ForAll @IntRange(min = 1, max = 6000) int minutes) {
		LocalDateTime local = LocalDateTime.ofInstant(utcStart, ZoneOffset.UTC);
		BusinessCalendar noDst = withZone(calendar, ZoneOffset.UTC);
		Instant zoned = calendar.plusBusinessTime(local.atZone(calendar.zone()).toInstant(),
				Duration.ofMinutes(minutes));
		Instant plain = noDst.plusBusinessTime(local.toInstant(ZoneOffset.UTC), Duration.ofMinutes(minutes));
		assertThat(LocalDateTime.ofInstant(zoned, calendar.zone()))
			.isEqualTo(LocalDateTime.ofInstant(plain, ZoneOffset.UTC));
	}

	static BusinessCalendar withZone(BusinessCalendar c, ZoneId zone) {
		return c.withZone(zone);
	}

	@Test
	void nightsWeekendsAndHolidaysAddNothing() {
		BusinessCalendar dk = new BusinessCalendar(ZoneId.of("Europe/Copenhagen"),
				WorkingPeriod.parseWeek("mon-fri 08:00-12:00, 13:00-16:00"), "DK", null, Set.of());
		Instant fridayEvening = at(dk, 2025, 3, 28, 16, 0);
		Instant mondayMorning = at(dk, 2025, 3, 31, 8, 0);
		assertThat(dk.businessTimeBetween(fridayEvening, mondayMorning)).isZero();
		assertThat(dk.plusBusinessTime(fridayEvening, Duration.ofMinutes(30))).isEqualTo(at(dk, 2025, 3, 31, 8, 30));
		assertThat(dk.businessTimeBetween(at(dk, 2025, 3, 31, 11, 0), at(dk, 2025, 3, 31, 14, 0)))
			.isEqualTo(Duration.ofHours(2));
		// Christmas: 24 Dec is a working day in the calendar, 25 and 26 Dec are not
		assertThat(dk.businessTimeBetween(at(dk, 2025, 12, 25, 0, 0), at(dk, 2025, 12, 27, 0, 0))).isZero();
	}

	@Test
	void aPeriodOnTheSpringSwitchLastsWhatTheWallClockSays() {
		BusinessCalendar night = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
				WorkingPeriod.parseWeek("sun 01:00-04:00"), null, null, Set.of());
		LocalDate spring = LocalDate.of(2025, 3, 30);
		LocalDate autumn = LocalDate.of(2025, 10, 26);
		Instant springStart = spring.atStartOfDay(night.zone()).toInstant();
		Instant autumnStart = autumn.atStartOfDay(night.zone()).toInstant();
		assertThat(night.businessTimeBetween(springStart, springStart.plus(Duration.ofDays(1))))
			.isEqualTo(Duration.ofHours(2));
		assertThat(night.businessTimeBetween(autumnStart, autumnStart.plus(Duration.ofDays(1))))
			.isEqualTo(Duration.ofHours(4));
		BusinessCalendar gap = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
				WorkingPeriod.parseWeek("sun 01:00-02:30, 03:00-04:00"), null, null, Set.of());
		assertThat(gap.businessTimeBetween(springStart, springStart.plus(Duration.ofDays(1))))
			.as("a period ending in the skipped hour does not count time twice")
			.isEqualTo(Duration.ofHours(2));
	}

	@Test
	void saxonyClosesOnRepentanceDayAndBerlinDoesNot() {
		LocalDate bussUndBettag = LocalDate.of(2025, 11, 19);
		assertThat(Holidays.of("DE", "DE-SN", 2025)).contains(bussUndBettag);
		assertThat(Holidays.of("DE", "DE-BE", 2025)).doesNotContain(bussUndBettag);
		assertThat(Holidays.of("DE", "DE-SN", 2024)).contains(LocalDate.of(2024, 11, 20));
		BusinessCalendar sn = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
				WorkingPeriod.parseWeek("mon-fri 09:00-17:00"), "DE", "DE-SN", Set.of());
		BusinessCalendar be = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
				WorkingPeriod.parseWeek("mon-fri 09:00-17:00"), "DE", "DE-BE", Set.of());
		Instant tuesdayEvening = at(sn, 2025, 11, 18, 17, 0);
		assertThat(sn.plusBusinessTime(tuesdayEvening, Duration.ofHours(1))).isEqualTo(at(sn, 2025, 11, 20, 10, 0));
		assertThat(be.plusBusinessTime(tuesdayEvening, Duration.ofHours(1))).isEqualTo(at(be, 2025, 11, 19, 10, 0));
	}

	@Test
	void denmarkHasNoGreatPrayerDayFrom2024() {
		assertThat(Holidays.of("DK", null, 2023)).contains(LocalDate.of(2023, 5, 5));
		assertThat(Holidays.of("DK", null, 2024)).doesNotContain(LocalDate.of(2024, 4, 26));
		assertThat(Holidays.of("DK", null, 2025)).doesNotContain(LocalDate.of(2025, 5, 16));
		assertThat(Holidays.of("DK", null, 2025)).contains(LocalDate.of(2025, 4, 17), LocalDate.of(2025, 6, 9));
	}

	@Test
	void extraClosedDaysAreClosed() {
		BusinessCalendar c = new BusinessCalendar(ZoneId.of("Europe/Copenhagen"),
				WorkingPeriod.parseWeek("mon-fri 09:00-17:00"), null, null, Set.of(LocalDate.of(2025, 6, 6)));
		assertThat(c.businessTimeBetween(at(c, 2025, 6, 6, 0, 0), at(c, 2025, 6, 7, 0, 0))).isZero();
	}

	static Instant at(BusinessCalendar c, int y, int mo, int d, int h, int mi) {
		return LocalDateTime.of(y, mo, d, h, mi).atZone(c.zone()).toInstant();
	}

	@Test
	void aDayOpenUntilMidnightRunsIntoTheNext() {
		BusinessCalendar c = new BusinessCalendar(ZoneId.of("Europe/Copenhagen"),
				WorkingPeriod.parseWeek("mon-tue 00:00-24:00; wed 08:00-16:00"), null, null, Set.of());
		Instant mondayLate = LocalDateTime.of(2026, 11, 30, 23, 0).atZone(c.zone()).toInstant();
		assertThat(c.plusBusinessTime(mondayLate, Duration.ofHours(2)))
			.isEqualTo(LocalDateTime.of(2026, 12, 1, 1, 0).atZone(c.zone()).toInstant());
		Instant monday = LocalDate.of(2026, 11, 30).atStartOfDay(c.zone()).toInstant();
		assertThat(c.businessTimeBetween(monday, monday.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(24));
		assertThat(c.open(LocalDateTime.of(2026, 11, 30, 23, 59, 59).atZone(c.zone()).toInstant())).isTrue();
		// Tuesday's midnight ends the open stretch: Wednesday opens at 08:00
		assertThat(c.plusBusinessTime(LocalDateTime.of(2026, 12, 1, 23, 30).atZone(c.zone()).toInstant(),
				Duration.ofHours(1)))
			.isEqualTo(LocalDateTime.of(2026, 12, 2, 8, 30).atZone(c.zone()).toInstant());
	}

}
