package dev.deskhand.work.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.work.CalendarView;
import dev.deskhand.work.EscalationRuleView;
import dev.deskhand.work.NewEscalationRule;
import dev.deskhand.work.NewRecurringTask;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.RecurringTaskView;
import dev.deskhand.work.SavedReplyView;
import dev.deskhand.work.SlaPolicyView;
import dev.deskhand.work.SopView;
import dev.deskhand.work.WorkSetup;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's playbook: SOPs, saved replies, SLA policies, business calendar,
 * escalation rules and recurring tasks. Reading needs WORK_VIEW (escalation rules
 * WORK_MANAGE); changing needs WORK_MANAGE.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
class WorkSetupController {

	private final AccessPolicy policy;

	private final WorkSetup setup;

	WorkSetupController(AccessPolicy policy, WorkSetup setup) {
		this.policy = policy;
		this.setup = setup;
	}

	@GetMapping("/sops")
	List<SopView> sops(@PathVariable String slug) {
		return setup.sops(policy.require(slug, Permission.WORK_VIEW));
	}

	@GetMapping("/sops/{type}")
	SopView sop(@PathVariable String slug, @PathVariable String type) {
		return setup.sop(policy.require(slug, Permission.WORK_VIEW), type)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.sop")));
	}

	@PostMapping("/sops")
	@ResponseStatus(HttpStatus.CREATED)
	SopView publishSop(@PathVariable String slug, @RequestBody NewSop n) {
		return setup.publishSop(policy.require(slug, Permission.WORK_MANAGE), n);
	}

	@GetMapping("/saved-replies")
	List<SavedReplyView> replies(@PathVariable String slug) {
		return setup.savedReplies(policy.require(slug, Permission.WORK_VIEW));
	}

	@PostMapping("/saved-replies")
	@ResponseStatus(HttpStatus.CREATED)
	SavedReplyView addReply(@PathVariable String slug, @RequestBody SavedReplyRequest r) {
		return setup.addSavedReply(policy.require(slug, Permission.WORK_MANAGE), r.language(), r.name(), r.body());
	}

	@PutMapping("/saved-replies/{id}")
	SavedReplyView updateReply(@PathVariable String slug, @PathVariable UUID id, @RequestBody SavedReplyRequest r) {
		return setup.updateSavedReply(policy.require(slug, Permission.WORK_MANAGE), id, r.language(), r.name(),
				r.body());
	}

	@DeleteMapping("/saved-replies/{id}")
	ResponseEntity<Void> deleteReply(@PathVariable String slug, @PathVariable UUID id) {
		setup.deleteSavedReply(policy.require(slug, Permission.WORK_MANAGE), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/sla-policies")
	List<SlaPolicyView> policies(@PathVariable String slug) {
		return setup.slaPolicies(policy.require(slug, Permission.WORK_VIEW));
	}

	@PostMapping("/sla-policies")
	@ResponseStatus(HttpStatus.CREATED)
	SlaPolicyView addPolicy(@PathVariable String slug, @RequestBody NewSlaPolicy n) {
		return setup.addSlaPolicy(policy.require(slug, Permission.WORK_MANAGE), n);
	}

	/** Changes a policy's name, match and targets; its place in the order stays. */
	@PutMapping("/sla-policies/{id}")
	SlaPolicyView updatePolicy(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewSlaPolicy n) {
		return setup.updateSlaPolicy(policy.require(slug, Permission.WORK_MANAGE), id, n);
	}

	/**
	 * Puts the policies in this order (the first that matches an item wins): every
	 * policy's id exactly once.
	 */
	@PutMapping("/sla-policies/order")
	List<SlaPolicyView> orderPolicies(@PathVariable String slug, @RequestBody List<UUID> order) {
		return setup.reorderSlaPolicies(policy.require(slug, Permission.WORK_MANAGE), order);
	}

	@DeleteMapping("/sla-policies/{id}")
	ResponseEntity<Void> deletePolicy(@PathVariable String slug, @PathVariable UUID id) {
		setup.deleteSlaPolicy(policy.require(slug, Permission.WORK_MANAGE), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/calendar")
	CalendarView calendar(@PathVariable String slug) {
		return setup.calendar(policy.require(slug, Permission.WORK_VIEW));
	}

	@PutMapping("/calendar")
	CalendarView setCalendar(@PathVariable String slug, @RequestBody CalendarView v) {
		return setup.setCalendar(policy.require(slug, Permission.WORK_MANAGE), v);
	}

	@GetMapping("/escalation-rules")
	List<EscalationRuleView> rules(@PathVariable String slug) {
		return setup.escalationRules(policy.require(slug, Permission.WORK_MANAGE));
	}

	@PostMapping("/escalation-rules")
	@ResponseStatus(HttpStatus.CREATED)
	EscalationRuleView addRule(@PathVariable String slug, @RequestBody NewEscalationRule n) {
		return setup.addEscalationRule(policy.require(slug, Permission.WORK_MANAGE), n);
	}

	@PutMapping("/escalation-rules/{id}")
	EscalationRuleView updateRule(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewEscalationRule n) {
		return setup.updateEscalationRule(policy.require(slug, Permission.WORK_MANAGE), id, n);
	}

	@DeleteMapping("/escalation-rules/{id}")
	ResponseEntity<Void> deleteRule(@PathVariable String slug, @PathVariable UUID id) {
		setup.deleteEscalationRule(policy.require(slug, Permission.WORK_MANAGE), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/recurring-tasks")
	List<RecurringTaskView> tasks(@PathVariable String slug) {
		return setup.recurringTasks(policy.require(slug, Permission.WORK_VIEW));
	}

	@PostMapping("/recurring-tasks")
	@ResponseStatus(HttpStatus.CREATED)
	RecurringTaskView addTask(@PathVariable String slug, @RequestBody NewRecurringTask n) {
		return setup.addRecurringTask(policy.require(slug, Permission.WORK_MANAGE), n);
	}

	@DeleteMapping("/recurring-tasks/{id}")
	ResponseEntity<Void> stopTask(@PathVariable String slug, @PathVariable UUID id) {
		setup.stopRecurringTask(policy.require(slug, Permission.WORK_MANAGE), id);
		return ResponseEntity.noContent().build();
	}

	record SavedReplyRequest(String language, String name, String body) {
	}

}
