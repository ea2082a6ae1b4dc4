package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.BidComparison;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.BidStage;
import dev.deskhand.hiring.BidStageChange;
import dev.deskhand.hiring.BidView;
import dev.deskhand.hiring.Bids;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.hiring.Pipeline;
import dev.deskhand.hiring.Scorecard;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bids and the pipeline over REST: reviewers (HIRING_REVIEW) read and compare bids (every
 * read audited) and score them; managers (HIRING_MANAGE) move and decline them. A bid of
 * another workspace answers 404.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
class PipelineApi {

	private final AccessPolicy policy;

	private final Bids bids;

	private final Pipeline pipeline;

	PipelineApi(AccessPolicy policy, Bids bids, Pipeline pipeline) {
		this.policy = policy;
		this.bids = bids;
		this.pipeline = pipeline;
	}

	@GetMapping("/job-posts/{id}/bids")
	@Operation(summary = "The post's bids compared: rate against the maximum, overlap hours a week, languages, "
			+ "samples and the caller's view of the scores (withdrawn bids left out)")
	List<BidComparison> bids(@PathVariable String slug, @PathVariable UUID id) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		return pipeline.compare(m, bids.bids(m, new JobPostId(id)));
	}

	@GetMapping("/bids/{id}")
	@Operation(summary = "One bid (the read is audited)")
	BidView bid(@PathVariable String slug, @PathVariable UUID id) {
		return bids.bid(policy.require(slug, Permission.HIRING_REVIEW), new BidId(id));
	}

	@GetMapping("/bids/{id}/history")
	@Operation(summary = "The bid's stage changes with who made them and why")
	List<BidStageChange> history(@PathVariable String slug, @PathVariable UUID id) {
		return pipeline.history(policy.require(slug, Permission.HIRING_REVIEW), new BidId(id));
	}

	record BidStageRequest(@Nullable BidStage stage, @Nullable String reason) {
	}

	@PostMapping("/bids/{id}/stage")
	@Operation(summary = "Moves the bid to NEW, SHORTLISTED, INTERVIEW or OFFER")
	BidView move(@PathVariable String slug, @PathVariable UUID id, @RequestBody BidStageRequest r) {
		return pipeline.move(policy.require(slug, Permission.HIRING_MANAGE), new BidId(id), r.stage(), r.reason());
	}

	record BidDeclineRequest(@Nullable String reason) {
	}

	@PostMapping("/bids/{id}/decline")
	@Operation(summary = "Declines the bid with a reason; the bidder gets a polite e-mail in their language")
	BidView decline(@PathVariable String slug, @PathVariable UUID id, @RequestBody BidDeclineRequest r) {
		return pipeline.decline(policy.require(slug, Permission.HIRING_MANAGE), new BidId(id), r.reason());
	}

	@GetMapping("/bids/{id}/scorecard")
	@Operation(summary = "The caller's scores of the bid; the others' only once the caller has scored it")
	Scorecard scorecard(@PathVariable String slug, @PathVariable UUID id) {
		return pipeline.scorecard(policy.require(slug, Permission.HIRING_REVIEW), new BidId(id));
	}

	record BidScoresRequest(@Nullable List<@Nullable Integer> scores, @Nullable List<@Nullable String> notes) {
	}

	@PutMapping("/bids/{id}/scorecard")
	@Operation(summary = "Scores every criterion of the post 1 to 5 with a note each (replaces one's own)")
	Scorecard score(@PathVariable String slug, @PathVariable UUID id, @RequestBody BidScoresRequest r) {
		return pipeline.score(policy.require(slug, Permission.HIRING_REVIEW), new BidId(id),
				r.scores() == null ? List.of() : r.scores(), r.notes() == null ? List.of() : r.notes());
	}

}
