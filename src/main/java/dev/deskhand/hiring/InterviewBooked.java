package dev.deskhand.hiring;

import dev.deskhand.shared.WorkspaceId;
import java.time.Instant;

/** A bidder picked a slot: both sides were sent the calendar invitation. */
public record InterviewBooked(WorkspaceId workspace, BidId bid, InterviewId interview, Instant startsAt) {
}
