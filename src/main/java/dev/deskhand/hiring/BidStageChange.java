package dev.deskhand.hiring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change of a bid's stage.
 *
 * @param actor who made it (a member's name); null: the bidder (received, withdrawn)
 */
public record BidStageChange(@Nullable BidStage from, BidStage to, @Nullable String reason, @Nullable String actor,
		Instant at) {
}
