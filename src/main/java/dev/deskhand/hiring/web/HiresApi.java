package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.HireId;
import dev.deskhand.hiring.HireView;
import dev.deskhand.hiring.Hired;
import dev.deskhand.hiring.Hires;
import dev.deskhand.hiring.Onboarding;
import dev.deskhand.hiring.OnboardingView;
import dev.deskhand.hiring.TemplateStep;
import dev.deskhand.hiring.TrialView;
import dev.deskhand.hiring.Trials;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hires, onboarding and trials over REST: managers ({@code HIRING_MANAGE}) hire a bid,
 * read each hire's onboarding and trial and decide; the hired assistant reads their own
 * onboarding, marks SOPs read and ticks their own steps.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
class HiresApi {

	private final AccessPolicy policy;

	private final Hires hires;

	private final Onboarding onboarding;

	private final Trials trials;

	HiresApi(AccessPolicy policy, Hires hires, Onboarding onboarding, Trials trials) {
		this.policy = policy;
		this.hires = hires;
		this.onboarding = onboarding;
		this.trials = trials;
	}

	@PostMapping("/bids/{bid}/hire")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hires the bid: invites its bidder as an assistant until the trial's end; "
			+ "link only when the workspace could not mail the invitation")
	Hired hire(@PathVariable String slug, @PathVariable UUID bid) {
		return hires.hire(policy.require(slug, Permission.HIRING_MANAGE), new BidId(bid), HirePages.invitationLinks());
	}

	@GetMapping("/hires")
	@Operation(summary = "The workspace's hires, newest first")
	List<HireView> list(@PathVariable String slug) {
		return hires.hires(policy.require(slug, Permission.HIRING_MANAGE));
	}

	@GetMapping("/hires/{id}")
	HireView one(@PathVariable String slug, @PathVariable UUID id) {
		return hires.hire(policy.require(slug, Permission.HIRING_MANAGE), new HireId(id));
	}

	@GetMapping("/hires/{id}/onboarding")
	@Operation(summary = "The hire's onboarding checklist and SOP reads (steps that follow the real state are "
			+ "brought up to date)")
	OnboardingView progress(@PathVariable String slug, @PathVariable UUID id) {
		return onboarding.progress(policy.require(slug, Permission.HIRING_MANAGE), new HireId(id));
	}

	@PostMapping("/hires/{id}/onboarding/steps/{position}/done")
	@Operation(summary = "Ticks a step: the assistant their own CUSTOM steps, a manager a REVIEW step")
	OnboardingView tick(@PathVariable String slug, @PathVariable UUID id, @PathVariable int position) {
		return onboarding.tick(policy.require(slug, Permission.WORKSPACE_VIEW), new HireId(id), position);
	}

	@GetMapping("/onboarding")
	@Operation(summary = "The caller's own onboarding (404 when they were not hired into the workspace)")
	OnboardingView mine(@PathVariable String slug) {
		return onboarding.mine(policy.require(slug, Permission.WORKSPACE_VIEW))
			.orElseThrow(() -> new NotFoundException(Text.of("hiring.hire.notFound")));
	}

	@PostMapping("/onboarding/sops/{sop}/read")
	@Operation(summary = "The assistant marks an SOP of their onboarding read")
	OnboardingView read(@PathVariable String slug, @PathVariable UUID sop) {
		return onboarding.markRead(policy.require(slug, Permission.WORK_VIEW), sop);
	}

	@GetMapping("/onboarding-template")
	@Operation(summary = "The workspace's onboarding checklist (the default one while none was saved)")
	List<TemplateStep> template(@PathVariable String slug) {
		return onboarding.template(policy.require(slug, Permission.HIRING_MANAGE));
	}

	record OnboardingTemplate(@Nullable List<TemplateStep> steps) {
	}

	@PutMapping("/onboarding-template")
	@Operation(summary = "Replaces the onboarding checklist (hires already onboarding keep theirs)")
	List<TemplateStep> saveTemplate(@PathVariable String slug, @RequestBody OnboardingTemplate t) {
		return onboarding.saveTemplate(policy.require(slug, Permission.HIRING_MANAGE),
				t.steps() == null ? List.of() : t.steps());
	}

	@GetMapping("/hires/{id}/trial")
	@Operation(summary = "The trial: the post's targets against the assistant's first replies and resolved items")
	TrialView trial(@PathVariable String slug, @PathVariable UUID id) {
		return trials.trial(policy.require(slug, Permission.HIRING_MANAGE), new HireId(id));
	}

	record TrialExtension(@Nullable LocalDate trialEndsOn) {
	}

	@PostMapping("/hires/{id}/trial/extend")
	@Operation(summary = "A new last day for the trial; grant and contract follow")
	HireView extend(@PathVariable String slug, @PathVariable UUID id, @RequestBody TrialExtension e) {
		return trials.extend(policy.require(slug, Permission.HIRING_MANAGE), new HireId(id), e.trialEndsOn());
	}

	record TrialEnding(@Nullable String reason) {
	}

	@PostMapping("/hires/{id}/trial/end")
	@Operation(summary = "Ends the engagement now: access revoked at once, contract ended")
	HireView end(@PathVariable String slug, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable TrialEnding e) {
		return trials.end(policy.require(slug, Permission.HIRING_MANAGE), new HireId(id),
				e == null ? null : e.reason());
	}

	record TrialConversion(@Nullable LocalDate endsOn) {
	}

	@PostMapping("/hires/{id}/trial/convert")
	@Operation(summary = "Keeps the assistant on: grant and contract without end, or until endsOn")
	HireView convert(@PathVariable String slug, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable TrialConversion c) {
		return trials.convert(policy.require(slug, Permission.HIRING_MANAGE), new HireId(id),
				c == null ? null : c.endsOn());
	}

}
