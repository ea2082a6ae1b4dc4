package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentContent;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.BidStage;
import dev.deskhand.hiring.BidView;
import dev.deskhand.hiring.Bids;
import dev.deskhand.hiring.JobPostId;
import dev.deskhand.hiring.JobPostView;
import dev.deskhand.hiring.JobPosts;
import dev.deskhand.hiring.Pipeline;
import dev.deskhand.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A post's pipeline: its bids compared side by side (rate against the maximum, overlap
 * hours, languages, samples, scores), the work-sample answers in columns, one bid with
 * its cover note, samples, history and the caller's scorecard; managers move and decline
 * bids there. Every read of bids is audited by the facade.
 */
@Controller
class PipelinePages {

	private final AccessPolicy policy;

	private final JobPosts posts;

	private final Bids bids;

	private final Pipeline pipeline;

	PipelinePages(AccessPolicy policy, JobPosts posts, Bids bids, Pipeline pipeline) {
		this.policy = policy;
		this.posts = posts;
		this.bids = bids;
		this.pipeline = pipeline;
	}

	@GetMapping("/w/{slug}/hiring/posts/{id}/bids")
	String pipeline(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		JobPostView p = posts.post(m, new JobPostId(id));
		List<BidView> all = bids.bids(m, p.id());
		JobPostPages.page(model, m);
		model.addAttribute("p", p);
		model.addAttribute("rows", pipeline.compare(m, all));
		model.addAttribute("closed",
				all.stream().filter(b -> !b.stage().open() && b.stage() != BidStage.HIRED).toList());
		model.addAttribute("stages", Pipeline.MOVABLE.stream().sorted().toList());
		return "hiring/pipeline";
	}

	@GetMapping("/w/{slug}/hiring/posts/{id}/answers")
	String answers(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		JobPostView p = posts.post(m, new JobPostId(id));
		JobPostPages.page(model, m);
		model.addAttribute("p", p);
		model.addAttribute("bids", bids.bids(m, p.id()).stream().filter(b -> b.stage() != BidStage.WITHDRAWN).toList());
		return "hiring/pipeline-answers";
	}

	@GetMapping("/w/{slug}/hiring/bids/{id}")
	String bid(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		BidView b = bids.bid(m, new BidId(id));
		JobPostPages.page(model, m);
		model.addAttribute("b", b);
		model.addAttribute("p", posts.post(m, b.post()));
		model.addAttribute("samples", bids.samples(m, b.id()));
		model.addAttribute("history", pipeline.history(m, b.id()));
		model.addAttribute("card", pipeline.scorecard(m, b.id()));
		model.addAttribute("stages", Pipeline.MOVABLE.stream().sorted().toList());
		return "hiring/pipeline-bid";
	}

	@GetMapping("/w/{slug}/hiring/bids/{id}/samples/{document}")
	ResponseEntity<byte[]> sample(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID document) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		DocumentContent c = bids.sample(m, new BidId(id), new DocumentId(document));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(c.document().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(c.document().name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(c.bytes());
	}

	@PostMapping("/w/{slug}/hiring/bids/{id}/stage")
	String move(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable BidStage stage,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return act(flash, slug, id, "hiring.pipeline.moved", () -> pipeline.move(m, new BidId(id), stage, reason));
	}

	@PostMapping("/w/{slug}/hiring/bids/{id}/decline")
	String decline(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		return act(flash, slug, id, "hiring.pipeline.declined", () -> pipeline.decline(m, new BidId(id), reason));
	}

	@PostMapping("/w/{slug}/hiring/bids/{id}/scores")
	String score(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(name = "scores", required = false) @Nullable List<String> scores,
			@RequestParam(name = "notes", required = false) @Nullable List<String> notes, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_REVIEW);
		List<@Nullable Integer> values = new ArrayList<>();
		for (String s : scores == null ? List.<String>of() : scores) {
			values.add(s == null || !s.strip().matches("^[1-5]$") ? null : Integer.valueOf(s.strip()));
		}
		return act(flash, slug, id, "hiring.score.saved",
				() -> pipeline.score(m, new BidId(id), values, notes == null ? List.of() : new ArrayList<>(notes)));
	}

	private String act(RedirectAttributes flash, String slug, UUID id, String ok, Supplier<?> action) {
		try {
			action.get();
			flash.addFlashAttribute("ok", ok);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/hiring/bids/" + id;
	}

}
