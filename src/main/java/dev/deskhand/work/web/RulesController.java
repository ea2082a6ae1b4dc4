package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.work.InboundRuleView;
import dev.deskhand.work.NewInboundRule;
import dev.deskhand.work.WorkRules;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * A workspace's inbound rules, in order. Reading needs WORK_VIEW; changing WORK_MANAGE.
 * Bad input answers 400 problem+json naming the field and the unknown value.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/rules")
class RulesController {

	private final AccessPolicy policy;

	private final WorkRules rules;

	RulesController(AccessPolicy policy, WorkRules rules) {
		this.policy = policy;
		this.rules = rules;
	}

	@GetMapping
	List<InboundRuleView> list(@PathVariable String slug) {
		return rules.rules(policy.require(slug, Permission.WORK_VIEW));
	}

	@GetMapping("/{id}")
	InboundRuleView one(@PathVariable String slug, @PathVariable UUID id) {
		return rules.rule(policy.require(slug, Permission.WORK_VIEW), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a rule at the end of the order",
			description = "Conditions (all must match): MAILBOX, SENDER, SENDER_DOMAIN, SUBJECT_CONTAINS, BODY_CONTAINS, "
					+ "HAS_ATTACHMENT. Actions: SET_TYPE, SET_PRIORITY, ADD_TAG, SET_SLA_POLICY (policy id), "
					+ "ASSIGN_MEMBER (member id), ASSIGN_ROLE (round-robin), CLOSE.")
	InboundRuleView add(@PathVariable String slug, @RequestBody NewInboundRule n) {
		return rules.add(policy.require(slug, Permission.WORK_MANAGE), n);
	}

	@PutMapping("/{id}")
	InboundRuleView update(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewInboundRule n) {
		return rules.update(policy.require(slug, Permission.WORK_MANAGE), id, n);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable UUID id) {
		rules.delete(policy.require(slug, Permission.WORK_MANAGE), id);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/order")
	@Operation(summary = "Put the rules in this order",
			description = "The ids of all the workspace's rules, each once.")
	List<InboundRuleView> reorder(@PathVariable String slug, @RequestBody Order order) {
		return rules.reorder(policy.require(slug, Permission.WORK_MANAGE),
				order.ids() == null ? List.of() : order.ids());
	}

	record Order(@Nullable List<UUID> ids) {
	}

}
