package dev.deskhand.work.internal;

import dev.deskhand.workspace.WorkingPeriod;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Business hours of a workspace: a time zone, weekly periods (several a day allowed) and
 * closed days (public holidays of a country and subdivision, plus extra days). Pure and
 * immutable. Each local period is placed on the time line with {@link ZonedDateTime} in
 * the calendar's zone, so a period on a day with a DST switch lasts what the wall clock
 * says it lasts: a period in a skipped hour shrinks, one in a repeated hour grows.
 */
public final class BusinessCalendar {

	/** No calendar answers further than this; a week without periods is refused. */
	private static final int MAX_DAYS = 10 * 366;

	private final ZoneId zone;

	private final Map<DayOfWeek, List<WorkingPeriod>> week;

	private final @Nullable String country;

	private final @Nullable String subdivision;

	private final Set<LocalDate> extraClosed;

	public BusinessCalendar(ZoneId zone, List<WorkingPeriod> periods, @Nullable String country,
			@Nullable String subdivision, Set<LocalDate> extraClosed) {
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("A business calendar needs at least one working period");
		}
		this.zone = Objects.requireNonNull(zone);
		Map<DayOfWeek, List<WorkingPeriod>> byDay = new EnumMap<>(DayOfWeek.class);
		for (WorkingPeriod p : periods) {
			byDay.computeIfAbsent(p.day(), d -> new ArrayList<>()).add(p);
		}
		byDay.replaceAll((d, list) -> list.stream().sorted(Comparator.comparing(WorkingPeriod::starts)).toList());
		this.week = byDay;
		this.country = country;
		this.subdivision = subdivision;
		this.extraClosed = Set.copyOf(extraClosed);
	}

	/** The same hours and closed days, read in another zone. */
	public BusinessCalendar withZone(ZoneId other) {
		return new BusinessCalendar(other, week.values().stream().flatMap(List::stream).toList(), country, subdivision,
				extraClosed);
	}

	public ZoneId zone() {
		return zone;
	}

	/** Whether the whole day is closed (a holiday or an extra closed day). */
	public boolean closed(LocalDate day) {
		return extraClosed.contains(day) || Holidays.of(country, subdivision, day.getYear()).contains(day);
	}

	/**
	 * The instant at which {@code amount} of business time has passed since
	 * {@code start}. Zero gives {@code start} itself; otherwise the result lies inside or
	 * at the end of a business period.
	 */
	public Instant plusBusinessTime(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Business time to add must not be negative");
		}
		if (amount.isZero()) {
			return start;
		}
		Duration left = amount;
		LocalDate day = LocalDate.ofInstant(start, zone);
		for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
			for (Interval p : periods(day)) {
				Instant from = p.from().isBefore(start) ? start : p.from();
				if (!from.isBefore(p.to())) {
					continue;
				}
				Duration length = Duration.between(from, p.to());
				if (left.compareTo(length) <= 0) {
					return from.plus(left);
				}
				left = left.minus(length);
			}
		}
		throw new IllegalStateException("No business time within " + MAX_DAYS + " days");
	}

	/**
	 * The business time between two instants; negative when {@code to} is before
	 * {@code from}.
	 */
	public Duration businessTimeBetween(Instant from, Instant to) {
		if (to.isBefore(from)) {
			return businessTimeBetween(to, from).negated();
		}
		Duration sum = Duration.ZERO;
		LocalDate last = LocalDate.ofInstant(to, zone);
		for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
			for (Interval p : periods(day)) {
				Instant a = p.from().isBefore(from) ? from : p.from();
				Instant b = p.to().isAfter(to) ? to : p.to();
				if (a.isBefore(b)) {
					sum = sum.plus(Duration.between(a, b));
				}
			}
		}
		return sum;
	}

	/** Whether {@code at} falls inside a business period. */
	public boolean open(Instant at) {
		return periods(LocalDate.ofInstant(at, zone)).stream()
			.anyMatch(p -> !at.isBefore(p.from()) && at.isBefore(p.to()));
	}

	private List<Interval> periods(LocalDate day) {
		List<WorkingPeriod> local = week.getOrDefault(day.getDayOfWeek(), List.of());
		if (local.isEmpty() || closed(day)) {
			return List.of();
		}
		List<Interval> out = new ArrayList<>(local.size());
		Instant previousEnd = Instant.MIN;
		for (WorkingPeriod p : local) {
			// A period ending in a skipped hour is moved forward past the next one's
			// start;
			// clipping keeps the periods of a day from counting the same time twice.
			Instant from = ZonedDateTime.of(day, p.starts(), zone).toInstant();
			from = from.isBefore(previousEnd) ? previousEnd : from;
			Instant to = p.untilMidnight() ? day.plusDays(1).atStartOfDay(zone).toInstant()
					: ZonedDateTime.of(day, p.ends(), zone).toInstant();
			if (from.isBefore(to)) {
				out.add(new Interval(from, to));
				previousEnd = to;
			}
		}
		return out;
	}

	private record Interval(Instant from, Instant to) {
	}

}
