package dev.deskhand.hiring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the bidder sees through the interview's link: who invites, the offered starts in
 * the bidder's zone, and the one picked.
 *
 * @param language the bid's language, which the page speaks
 */
public record InterviewChoice(InterviewId id, BidId bid, String bidderName, String postTitle, String workspaceName,
		String interviewerName, int minutes, ZoneId bidderZone, String language, InterviewView.Status status,
		List<InterviewView.Slot> slots, @Nullable Instant booked, @Nullable String videoLink) {

	public InterviewChoice {
		slots = List.copyOf(slots);
	}

}
