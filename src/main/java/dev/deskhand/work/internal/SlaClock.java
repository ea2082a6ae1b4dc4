package dev.deskhand.work.internal;

import dev.deskhand.work.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SLA clock of one item: a track per target, each with its start, its target in
 * business time and the business time it spent paused. Pure and immutable: every change
 * returns a new clock. A target is due {@code target + paused} of business time after its
 * start, which is exact because pauses only ever lie before the moment they are counted.
 *
 * @param pausedAt when the clock was paused (waiting on the customer or a third party),
 * or null while it runs
 * @param warnShare the share of a target after which a warning is due, e.g. 0.8
 */
public record SlaClock(@Nullable Instant pausedAt, double warnShare, Map<SlaTarget, Track> tracks) {

	public SlaClock {
		tracks = Map.copyOf(tracks);
	}

	public static SlaClock none() {
		return new SlaClock(null, 0.8, Map.of());
	}

	/**
	 * One target's state.
	 *
	 * @param targetSeconds the target in seconds of business time
	 * @param pausedSeconds business seconds spent paused since {@code start}
	 */
	public record Track(Instant start, long targetSeconds, long pausedSeconds, Instant warnAt, Instant due,
			@Nullable Instant metAt, boolean warned, boolean breached) {

		boolean open() {
			return metAt == null;
		}

		Track placed(BusinessCalendar calendar, double share) {
			Duration paused = Duration.ofSeconds(pausedSeconds);
			Duration warnAfter = Duration.ofSeconds(Math.round(targetSeconds * share));
			return new Track(start, targetSeconds, pausedSeconds,
					calendar.plusBusinessTime(start, warnAfter.plus(paused)),
					calendar.plusBusinessTime(start, Duration.ofSeconds(targetSeconds).plus(paused)), metAt, warned,
					breached);
		}

	}

	/** A warning or breach that became due. */
	public record Crossing(SlaTarget target, boolean breach, Instant due) {
	}

	/**
	 * Starts (or restarts) a target at {@code start}; a null target removes it. A running
	 * pause does not count against the new track before it is resumed.
	 */
	public SlaClock start(SlaTarget target, @Nullable Duration amount, Instant start, BusinessCalendar calendar) {
		Map<SlaTarget, Track> next = new EnumMap<>(SlaTarget.class);
		next.putAll(tracks);
		if (amount == null) {
			next.remove(target);
		}
		else {
			next.put(target, new Track(start, amount.toSeconds(), 0, start, start, null, false, false).placed(calendar,
					warnShare));
		}
		return new SlaClock(pausedAt, warnShare, next);
	}

	/**
	 * Applies new targets (a changed policy, priority or type) to the existing tracks,
	 * keeping their starts, pauses, met times and flags.
	 */
	public SlaClock retarget(Map<SlaTarget, Duration> targets, double share, BusinessCalendar calendar) {
		Map<SlaTarget, Track> next = new EnumMap<>(SlaTarget.class);
		tracks.forEach((target, t) -> {
			Duration amount = targets.get(target);
			if (amount != null) {
				next.put(target, new Track(t.start(), amount.toSeconds(), t.pausedSeconds(), t.warnAt(), t.due(),
						t.metAt(), t.warned(), t.breached())
					.placed(calendar, share));
			}
		});
		return new SlaClock(pausedAt, share, next);
	}

	public SlaClock pause(Instant now) {
		return pausedAt != null ? this : new SlaClock(now, warnShare, tracks);
	}

	/** Resumes: each open track's due moves by the business time spent paused. */
	public SlaClock resume(Instant now, BusinessCalendar calendar) {
		if (pausedAt == null) {
			return this;
		}
		Map<SlaTarget, Track> next = new EnumMap<>(SlaTarget.class);
		tracks.forEach((target, t) -> {
			if (!t.open()) {
				next.put(target, t);
				return;
			}
			Instant from = pausedAt.isBefore(t.start()) ? t.start() : pausedAt;
			long paused = Math.max(0, calendar.businessTimeBetween(from, now).toSeconds());
			next.put(target, new Track(t.start(), t.targetSeconds(), t.pausedSeconds() + paused, t.warnAt(), t.due(),
					null, t.warned(), t.breached())
				.placed(calendar, warnShare));
		});
		return new SlaClock(null, warnShare, next);
	}

	/** Marks the target met at {@code now} if it is open; otherwise unchanged. */
	public SlaClock met(SlaTarget target, Instant now) {
		Track t = tracks.get(target);
		if (t == null || !t.open()) {
			return this;
		}
		Map<SlaTarget, Track> next = new EnumMap<>(SlaTarget.class);
		next.putAll(tracks);
		next.put(target, new Track(t.start(), t.targetSeconds(), t.pausedSeconds(), t.warnAt(), t.due(), now,
				t.warned(), t.breached()));
		return new SlaClock(pausedAt, warnShare, next);
	}

	public boolean open(SlaTarget target) {
		Track t = tracks.get(target);
		return t != null && t.open();
	}

	public boolean has(SlaTarget target) {
		return tracks.containsKey(target);
	}

	public boolean paused() {
		return pausedAt != null;
	}

	/** The earliest due of an open target, or null when paused or nothing is open. */
	public @Nullable Instant nextDue() {
		if (paused()) {
			return null;
		}
		return tracks.values().stream().filter(Track::open).map(Track::due).min(Instant::compareTo).orElse(null);
	}

	/**
	 * When the watch should look at this clock next, or null for never (as it stands).
	 */
	public @Nullable Instant nextCheck() {
		if (paused()) {
			return null;
		}
		return tracks.values()
			.stream()
			.filter(t -> t.open() && !t.breached())
			.map(t -> t.warned() ? t.due() : t.warnAt())
			.min(Instant::compareTo)
			.orElse(null);
	}

	/** The warnings and breaches due at {@code now} that have not been recorded. */
	public List<Crossing> crossings(Instant now) {
		List<Crossing> out = new ArrayList<>();
		if (paused()) {
			return out;
		}
		tracks.forEach((target, t) -> {
			if (t.open() && !t.breached() && !now.isBefore(t.due())) {
				out.add(new Crossing(target, true, t.due()));
			}
			else if (t.open() && !t.warned() && !now.isBefore(t.warnAt())) {
				out.add(new Crossing(target, false, t.due()));
			}
		});
		out.sort(java.util.Comparator.comparing(Crossing::target));
		return out;
	}

	/** Records the crossings so they are never reported again. */
	public SlaClock recorded(List<Crossing> crossings) {
		Map<SlaTarget, Track> next = new EnumMap<>(SlaTarget.class);
		next.putAll(tracks);
		for (Crossing c : crossings) {
			Track t = Objects.requireNonNull(next.get(c.target()));
			next.put(c.target(), new Track(t.start(), t.targetSeconds(), t.pausedSeconds(), t.warnAt(), t.due(),
					t.metAt(), true, t.breached() || c.breach()));
		}
		return new SlaClock(pausedAt, warnShare, next);
	}

	public boolean warned() {
		return tracks.values().stream().anyMatch(t -> t.open() && t.warned());
	}

	/** Whether an open target has been breached. */
	public boolean breached() {
		return tracks.values().stream().anyMatch(t -> t.open() && t.breached());
	}

}
