package dev.deskhand.hiring;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * A bid moved in its post's pipeline.
 *
 * @param actor the manager who moved it; null when the bidder withdrew it
 */
public record BidStageChanged(WorkspaceId workspace, JobPostId post, BidId bid, @Nullable BidStage from, BidStage to,
		@Nullable MemberId actor) {
}
