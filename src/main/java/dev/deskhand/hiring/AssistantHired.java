package dev.deskhand.hiring;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bid was hired: its bidder was invited as an assistant (access until the end of
 * {@code trialEndsOn}, null for no trial).
 */
public record AssistantHired(WorkspaceId workspace, BidId bid, HireId hire, JobPostId post, String email,
		@Nullable LocalDate trialEndsOn, MemberId hiredBy) {
}
