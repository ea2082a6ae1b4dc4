package dev.deskhand.work.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.work.SlaTarget;
import dev.deskhand.workspace.WorkingPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The SLA clock: pauses move dues by exactly the business time paused; flags fire once.
 */
class SlaClockPropertyTests {

	static final BusinessCalendar SAXONY = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
			WorkingPeriod.parseWeek("mon-thu 08:00-12:00, 13:00-17:00; fri 08:00-14:00"), "DE", "DE-SN", Set.of());

	static final Instant START = LocalDateTime.of(2025, 10, 20, 9, 0).atZone(SAXONY.zone()).toInstant();

	@Property(tries = 300)
	void aPauseMovesTheDueByTheBusinessTimePaused(@ForAll @IntRange(min = 1, max = 6000) int targetMinutes,
			@ForAll @IntRange(min = 0, max = 20000) int pauseAfter,
			@ForAll @IntRange(min = 0, max = 20000) int pauseFor) {
		SlaClock clock = SlaClock.none().start(SlaTarget.RESOLUTION, Duration.ofMinutes(targetMinutes), START, SAXONY);
		Instant pausedAt = START.plus(Duration.ofMinutes(pauseAfter));
		Instant resumedAt = pausedAt.plus(Duration.ofMinutes(pauseFor));
		SlaClock resumed = clock.pause(pausedAt).resume(resumedAt, SAXONY);
		Duration paused = SAXONY.businessTimeBetween(pausedAt, resumedAt);
		Instant due = resumed.tracks().get(SlaTarget.RESOLUTION).due();
		assertThat(SAXONY.businessTimeBetween(START, due)).isEqualTo(Duration.ofMinutes(targetMinutes).plus(paused));
		assertThat(due).isAfterOrEqualTo(clock.tracks().get(SlaTarget.RESOLUTION).due());
	}

	@Property(tries = 200)
	void aPausedClockReportsNothingAndHasNoDue(@ForAll @IntRange(min = 1, max = 600) int targetMinutes,
			@ForAll @IntRange(min = 0, max = 20000) int later) {
		SlaClock paused = SlaClock.none()
			.start(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(targetMinutes), START, SAXONY)
			.pause(START);
		assertThat(paused.crossings(START.plus(Duration.ofMinutes(later)))).isEmpty();
		assertThat(paused.nextDue()).isNull();
		assertThat(paused.nextCheck()).isNull();
	}

	@Property(tries = 200)
	void eachWarningAndBreachIsReportedOnce(@ForAll @IntRange(min = 1, max = 600) int targetMinutes,
			@ForAll @IntRange(min = 0, max = 3000) int first, @ForAll @IntRange(min = 0, max = 3000) int second) {
		SlaClock clock = SlaClock.none().start(SlaTarget.RESOLUTION, Duration.ofMinutes(targetMinutes), START, SAXONY);
		Instant t1 = START.plus(Duration.ofMinutes(Math.min(first, second)));
		Instant t2 = START.plus(Duration.ofMinutes(Math.max(first, second)));
		List<SlaClock.Crossing> c1 = clock.crossings(t1);
		clock = clock.recorded(c1);
		List<SlaClock.Crossing> c2 = clock.crossings(t2);
		clock = clock.recorded(c2);
		assertThat(c1.stream().filter(SlaClock.Crossing::breach).count()
				+ c2.stream().filter(SlaClock.Crossing::breach).count())
			.isLessThanOrEqualTo(1);
		assertThat(clock.crossings(t2)).isEmpty();
	}

	@Test
	void warnsAtTheShareAndBreachesAtTheDueInBusinessTime() {
		SlaClock clock = SlaClock.none().start(SlaTarget.FIRST_RESPONSE, Duration.ofHours(10), START, SAXONY);
		SlaClock.Track t = clock.tracks().get(SlaTarget.FIRST_RESPONSE);
		// 10 business hours from Monday 09:00: Monday has 7 left, Tuesday 08:00 + 3h
		// (lunch 12-13) = 12:00... 11:00 + lunch
		assertThat(t.due()).isEqualTo(LocalDateTime.of(2025, 10, 21, 11, 0).atZone(SAXONY.zone()).toInstant());
		assertThat(t.warnAt()).isEqualTo(LocalDateTime.of(2025, 10, 21, 9, 0).atZone(SAXONY.zone()).toInstant());
		assertThat(clock.crossings(t.warnAt()))
			.containsExactly(new SlaClock.Crossing(SlaTarget.FIRST_RESPONSE, false, t.due()));
		clock = clock.recorded(clock.crossings(t.warnAt()));
		assertThat(clock.crossings(t.due()))
			.containsExactly(new SlaClock.Crossing(SlaTarget.FIRST_RESPONSE, true, t.due()));
		assertThat(clock.met(SlaTarget.FIRST_RESPONSE, t.warnAt()).crossings(t.due())).isEmpty();
	}

}
