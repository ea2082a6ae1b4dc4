package dev.deskhand.hiring;

import java.util.Map;

/** A job post in the list of posts, with how many bids are in each stage. */
public record JobPostSummary(JobPostView post, Map<BidStage, Integer> bidsByStage) {

	public JobPostSummary {
		bidsByStage = Map.copyOf(bidsByStage);
	}

	/** Bids in the stage (0 when none). */
	public int count(BidStage stage) {
		return bidsByStage.getOrDefault(stage, 0);
	}

	/** Every bid, withdrawn ones left out. */
	public int live() {
		return bidsByStage.entrySet()
			.stream()
			.filter(e -> e.getKey() != BidStage.WITHDRAWN)
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

}
