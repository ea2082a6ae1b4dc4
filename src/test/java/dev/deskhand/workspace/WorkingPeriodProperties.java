package dev.deskhand.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.deskhand.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The working-hours parser: what it writes it reads back, and no input makes it fail
 * other than clearly.
 */
class WorkingPeriodProperties {

	@Property(tries = 500)
	void anyTextIsEitherAWeekOrAClearError(@ForAll String text) {
		try {
			List<WorkingPeriod> week = WorkingPeriod.parseWeek(text);
			assertThat(WorkingPeriod.parseWeek(WorkingPeriod.formatWeek(week))).isEqualTo(week);
		}
		catch (InvalidInputException e) {
			assertThat(e.field()).isEqualTo("/workingHours");
			assertThat(e.getMessage()).isNotBlank();
		}
	}

	@Property(tries = 300)
	void formatThenParseGivesTheSameWeek(@ForAll("weeks") List<WorkingPeriod> week) {
		assertThat(WorkingPeriod.parseWeek(WorkingPeriod.formatWeek(week))).isEqualTo(week);
	}

	@Provide
	Arbitrary<List<WorkingPeriod>> weeks() {
		Arbitrary<List<WorkingPeriod>> day = Combinators
			.combine(Arbitraries.of(DayOfWeek.values()), Arbitraries.integers().between(0, 22),
					Arbitraries.integers().between(1, 4))
			.as((d, start, hours) -> List.of(new WorkingPeriod(d, LocalTime.of(start, 0),
					start + hours > 23 ? WorkingPeriod.END_OF_DAY : LocalTime.of(start + hours, 30))));
		return day.list().ofMaxSize(7).map(WorkingPeriodProperties::withoutOverlaps);
	}

	private static List<WorkingPeriod> withoutOverlaps(List<List<WorkingPeriod>> days) {
		List<WorkingPeriod> out = new ArrayList<>();
		days.stream().flatMap(List::stream).forEach(p -> {
			if (out.stream().noneMatch(o -> o.day() == p.day())) {
				out.add(p);
			}
		});
		out.sort(java.util.Comparator.comparing(WorkingPeriod::day).thenComparing(WorkingPeriod::starts));
		return out;
	}

	@Property(tries = 100)
	void aRangeOfDaysCoversEachDay(@ForAll @IntRange(min = 0, max = 6) int from,
			@ForAll @IntRange(min = 0, max = 6) int to) {
		String[] names = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
		if (to < from) {
			assertThatThrownBy(() -> WorkingPeriod.parseWeek(names[from] + "-" + names[to] + " 09:00-10:00"))
				.isInstanceOf(InvalidInputException.class);
			return;
		}
		assertThat(WorkingPeriod.parseWeek(names[from] + "-" + names[to] + " 09:00-10:00")).hasSize(to - from + 1);
	}

	@Test
	void readsSeveralPeriodsADay() {
		assertThat(WorkingPeriod.parseWeek("Mon-Fri 08:00-12:00, 13:00-16:30; sat 10:00-12:00")).hasSize(11)
			.contains(new WorkingPeriod(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
	}

	@Test
	void refusesOverlapsOnOneDay() {
		assertThatThrownBy(() -> WorkingPeriod.parseWeek("mon 08:00-12:00, 11:00-13:00"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("overlap");
	}

	@Test
	void readsADayOpenUntilMidnight() {
		List<WorkingPeriod> week = WorkingPeriod.parseWeek("mon-sun 00:00-24:00");
		assertThat(week).hasSize(7).allMatch(WorkingPeriod::untilMidnight);
		assertThat(WorkingPeriod.formatWeek(week)).startsWith("mon 00:00-24:00; tue 00:00-24:00");
		assertThat(WorkingPeriod.parseWeek("fri 22:00-24:00")).containsExactly(
				new WorkingPeriod(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(23, 59, 59, 999_999_000)));
		assertThatThrownBy(() -> WorkingPeriod.parseWeek("mon 24:00-24:00")).isInstanceOf(InvalidInputException.class);
	}

}
