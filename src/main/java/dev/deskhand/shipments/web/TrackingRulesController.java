package dev.deskhand.shipments.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.shipments.NewTrackingRule;
import dev.deskhand.shipments.TrackingRuleView;
import dev.deskhand.shipments.TrackingRules;
import io.swagger.v3.oas.annotations.Operation;
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
 * A workspace's tracking exception rules. Reading needs WORK_VIEW; changing
 * SHIPMENTS_MANAGE. Bad input answers 400 problem+json naming the field.
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/tracking-rules")
class TrackingRulesController {

	private final AccessPolicy policy;

	private final TrackingRules rules;

	TrackingRulesController(AccessPolicy policy, TrackingRules rules) {
		this.policy = policy;
		this.rules = rules;
	}

	@GetMapping
	List<TrackingRuleView> list(@PathVariable String slug) {
		return rules.rules(policy.require(slug, Permission.WORK_VIEW));
	}

	@GetMapping("/{id}")
	TrackingRuleView one(@PathVariable String slug, @PathVariable UUID id) {
		return rules.rule(policy.require(slug, Permission.WORK_VIEW), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a tracking exception rule",
			description = "kind: missed-checkpoint (hours = tolerance after a planned milestone), eta-slip (hours the "
					+ "ETA may pass the promised delivery), stale (hours without an event while in transit), "
					+ "carrier-exception (statuses that raise it; empty = delayed, damaged, customs-hold, "
					+ "delivery-failed, exception). Optional filters customer, carrier (party ids) and mode; the work "
					+ "item gets workType (its SOP), slaPolicy and priority.")
	TrackingRuleView add(@PathVariable String slug, @RequestBody NewTrackingRule n) {
		return rules.add(policy.require(slug, Permission.SHIPMENTS_MANAGE), n);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a rule's fields",
			description = "Open exceptions the changed rule no longer covers are resolved at once.")
	TrackingRuleView update(@PathVariable String slug, @PathVariable UUID id, @RequestBody NewTrackingRule n) {
		return rules.update(policy.require(slug, Permission.SHIPMENTS_MANAGE), id, n);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable UUID id) {
		rules.delete(policy.require(slug, Permission.SHIPMENTS_MANAGE), id);
		return ResponseEntity.noContent().build();
	}

}
