package dev.deskhand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;

/**
 * Which unfinished publications are delivered again: never one a live instance is still
 * handling (the old republish-on-restart took every one), failed ones with back-off.
 */
class EventResubmissionTests {

	static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	static final Duration STALE = Duration.ofMinutes(5);

	@Test
	void leavesAPublicationInProgressToTheInstanceHandlingIt() {
		assertThat(due(Status.PROCESSING, NOW.minusSeconds(20), null, 0)).isFalse();
		assertThat(due(Status.PUBLISHED, NOW.minusSeconds(20), null, 0)).isFalse();
		assertThat(due(Status.RESUBMITTED, NOW.minus(Duration.ofHours(1)), null, 0)).isFalse();
		// resubmitted a minute ago and running since: not stale, however old the
		// publication
		assertThat(due(Status.PROCESSING, NOW.minus(Duration.ofHours(1)), NOW.minusSeconds(60), 2)).isFalse();
	}

	@Test
	void takesOverAPublicationLeftUnfinishedLongerThanStaleAfter() {
		assertThat(due(Status.PROCESSING, NOW.minus(Duration.ofMinutes(6)), null, 0)).isTrue();
		assertThat(due(Status.PUBLISHED, NOW.minus(Duration.ofMinutes(6)), null, 0)).isTrue();
		assertThat(due(null, NOW.minus(Duration.ofMinutes(6)), null, 0)).isTrue();
	}

	@Test
	void retriesAFailedPublicationWithBackOffThenGivesUp() {
		// Spring Modulith stores a publication with one attempt, resubmitted "at" its
		// publication
		assertThat(due(Status.FAILED, NOW.minusSeconds(29), NOW.minusSeconds(29), 1)).isFalse();
		assertThat(due(Status.FAILED, NOW.minusSeconds(30), NOW.minusSeconds(30), 1)).isTrue();
		// after two resubmissions: 30 s × 4² = 8 min after the last
		assertThat(due(Status.FAILED, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(7)), 3)).isFalse();
		assertThat(due(Status.FAILED, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(8)), 3)).isTrue();
		// never more than 6 h apart
		assertThat(due(Status.FAILED, NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofHours(6)), 9)).isTrue();
		assertThat(due(Status.FAILED, NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(1)), 10)).isFalse();
	}

	private static boolean due(@Nullable Status status, Instant published, @Nullable Instant resubmitted,
			int attempts) {
		return EventResubmission.due(new Publication(status, published, resubmitted, attempts), NOW, STALE, 10);
	}

	record Publication(@Nullable Status status, Instant published, @Nullable Instant resubmitted,
			int attempts) implements EventPublication {

		@Override
		public UUID getIdentifier() {
			return UUID.nameUUIDFromBytes(published.toString().getBytes());
		}

		@Override
		public Object getEvent() {
			return "event";
		}

		@Override
		public Instant getPublicationDate() {
			return published;
		}

		@Override
		public Optional<Instant> getCompletionDate() {
			return Optional.empty();
		}

		@Override
		@SuppressWarnings("NullAway")
		public Status getStatus() {
			return status;
		}

		@Override
		@SuppressWarnings("NullAway")
		public Instant getLastResubmissionDate() {
			return resubmitted;
		}

		@Override
		public int getCompletionAttempts() {
			return attempts;
		}

	}

}
