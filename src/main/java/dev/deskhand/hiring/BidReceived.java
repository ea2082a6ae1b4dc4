package dev.deskhand.hiring;

import dev.deskhand.shared.WorkspaceId;

/** A bid came in on an open job post (published after its transaction commits). */
public record BidReceived(WorkspaceId workspace, JobPostId post, BidId bid) {
}
