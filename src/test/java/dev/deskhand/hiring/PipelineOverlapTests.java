package dev.deskhand.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.hiring.pipeline.Overlap;
import dev.deskhand.workspace.WorkingPeriod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The overlap of a bidder's week (their zone) with the post's window (the workspace's
 * zone, Monday to Friday): examples across zones and daylight-saving changes, and
 * properties that hold for any week.
 */
class PipelineOverlapTests {

	static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

	static double overlap(String week, String zone, int from, int to, LocalDate reference) {
		return Overlap.hoursPerWeek(WorkingPeriod.parseWeek(week), ZoneId.of(zone), LocalTime.of(from, 0),
				LocalTime.of(to, 0), CPH, reference);
	}

	@Test
	void manilaAfternoonsCoverCopenhagenMornings() {
		// Manila is UTC+8 all year; Copenhagen UTC+1 in winter, UTC+2 in summer
		assertThat(overlap("mon-fri 14:00-22:00", "Asia/Manila", 9, 15, LocalDate.of(2027, 1, 11))).isEqualTo(30.0);
		assertThat(overlap("mon-fri 14:00-22:00", "Asia/Manila", 9, 15, LocalDate.of(2027, 7, 12))).isEqualTo(30.0);
		assertThat(overlap("mon-fri 08:00-16:00", "Asia/Manila", 9, 15, LocalDate.of(2027, 1, 11))).isZero();
		assertThat(overlap("mon-fri 08:00-16:00", "Asia/Manila", 9, 15, LocalDate.of(2027, 7, 12))).isEqualTo(5.0);
	}

	@Test
	void theWeeksBetweenTwoDaylightSavingChangesCount() {
		// New York moves on 14 March 2027, Copenhagen on 28 March: five hours apart
		// between
		assertThat(overlap("mon-fri 09:00-17:00", "America/New_York", 9, 15, LocalDate.of(2027, 1, 11))).isZero();
		assertThat(overlap("mon-fri 09:00-17:00", "America/New_York", 9, 15, LocalDate.of(2027, 3, 22))).isEqualTo(5.0);
		assertThat(overlap("mon-fri 09:00-17:00", "America/New_York", 9, 15, LocalDate.of(2027, 3, 29))).isZero();
	}

	@Test
	void aBiddersDayCanFallOnTheWorkspacesNextDay() {
		// Auckland (UTC+13 in January) Tuesday 21:00-24:00 is Copenhagen Tuesday
		// 09:00-12:00
		assertThat(overlap("tue 21:00-24:00", "Pacific/Auckland", 9, 15, LocalDate.of(2027, 1, 11))).isEqualTo(3.0);
		// Saturday in Auckland is Saturday in Copenhagen too: outside Monday to Friday
		assertThat(overlap("sat 21:00-24:00", "Pacific/Auckland", 9, 15, LocalDate.of(2027, 1, 11))).isZero();
		// Honolulu (UTC-10) Sunday 22:00-24:00 is Copenhagen Monday 09:00-11:00
		assertThat(overlap("sun 22:00-24:00", "Pacific/Honolulu", 9, 15, LocalDate.of(2027, 1, 11))).isEqualTo(2.0);
	}

	@Property
	void theSameHoursShiftedByTheZonesOffsetOverlapTheSame(@ForAll @IntRange(min = -10, max = 4) int offset,
			@ForAll @IntRange(min = 10, max = 12) int start, @ForAll @IntRange(min = 1, max = 8) int length,
			@ForAll @IntRange(min = 10, max = 12) int windowStart,
			@ForAll @IntRange(min = 1, max = 6) int windowLength) {
		LocalDate reference = LocalDate.of(2027, 1, 11);
		ZoneId utc = ZoneOffset.UTC;
		List<WorkingPeriod> local = week(start, start + length);
		List<WorkingPeriod> shifted = week(start + offset, start + length + offset);
		double here = Overlap.hoursPerWeek(local, utc, LocalTime.of(windowStart, 0),
				LocalTime.of(windowStart + windowLength, 0), utc, reference);
		double there = Overlap.hoursPerWeek(shifted, ZoneOffset.ofHours(offset), LocalTime.of(windowStart, 0),
				LocalTime.of(windowStart + windowLength, 0), utc, reference);
		assertThat(there).isEqualTo(here);
	}

	@Property
	void theOverlapIsNeverMoreThanEitherSide(@ForAll @IntRange(min = 0, max = 20) int start,
			@ForAll @IntRange(min = 1, max = 4) int length, @ForAll @IntRange(min = 0, max = 20) int windowStart,
			@ForAll @IntRange(min = 1, max = 3) int windowLength, @ForAll("zones") String zone,
			@ForAll @IntRange(min = 0, max = 364) int day) {
		LocalDate reference = LocalDate.of(2027, 1, 1).plusDays(day);
		List<WorkingPeriod> week = WorkingPeriod.parseWeek("mon-sun %02d:00-%02d:00".formatted(start, start + length));
		double hours = Overlap.hoursPerWeek(week, ZoneId.of(zone), LocalTime.of(windowStart, 0),
				LocalTime.of(windowStart + windowLength, 0), CPH, reference);
		assertThat(hours).isBetween(0.0, 5.0 * windowLength);
		assertThat(hours).isLessThanOrEqualTo(7.0 * length + 1);
	}

	@Property
	void aBidderWorkingAroundTheClockOverlapsTheWholeWindow(@ForAll("zones") String zone,
			@ForAll @IntRange(min = 0, max = 20) int windowStart, @ForAll @IntRange(min = 1, max = 3) int windowLength,
			@ForAll @IntRange(min = 0, max = 364) int day) {
		double hours = Overlap.hoursPerWeek(WorkingPeriod.parseWeek("mon-sun 00:00-24:00"), ZoneId.of(zone),
				LocalTime.of(windowStart, 0), LocalTime.of(windowStart + windowLength, 0), CPH,
				LocalDate.of(2027, 1, 1).plusDays(day));
		assertThat(hours).isEqualTo(5.0 * windowLength);
	}

	@net.jqwik.api.Provide
	net.jqwik.api.Arbitrary<String> zones() {
		return net.jqwik.api.Arbitraries.of("Europe/Copenhagen", "Asia/Manila", "America/New_York", "Pacific/Auckland",
				"Asia/Kolkata", "America/Sao_Paulo", "Australia/Adelaide", "Pacific/Honolulu");
	}

	private static List<WorkingPeriod> week(int from, int to) {
		return WorkingPeriod.parseWeek("mon-fri %02d:00-%02d:00".formatted(from, to));
	}

}
