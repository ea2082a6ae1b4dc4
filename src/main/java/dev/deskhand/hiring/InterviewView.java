package dev.deskhand.hiring;

import dev.deskhand.workspace.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An interview proposed to a bidder.
 *
 * @param slots the offered starts, earliest first
 * @param booked the start the bidder picked; null until then
 */
public record InterviewView(InterviewId id, BidId bid, MemberId interviewer, String interviewerName, int minutes,
		String videoLink, Status status, List<Slot> slots, @Nullable Instant booked, @Nullable Instant bookedAt,
		Instant createdAt) {

	public InterviewView {
		slots = List.copyOf(slots);
	}

	/** One offered start. */
	public record Slot(UUID id, Instant startsAt) {
	}

	public enum Status {

		PROPOSED, BOOKED, CANCELLED

	}

}
