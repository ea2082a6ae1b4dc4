package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.work.ItemRelationsView;
import dev.deskhand.work.TeamWork;
import dev.deskhand.work.WorkItemId;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Merge, link and snooze of work items over the API. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/work-items/{id}")
class ItemRelationsController {

	private final AccessPolicy policy;

	private final TeamWork team;

	ItemRelationsController(AccessPolicy policy, TeamWork team) {
		this.policy = policy;
		this.team = team;
	}

	@Operation(summary = "What the item was merged into, what was merged into it, its links and snooze")
	@GetMapping("/relations")
	ItemRelationsView relations(@PathVariable String slug, @PathVariable UUID id) {
		return team.relations(member(slug), new WorkItemId(id));
	}

	@Operation(summary = "Merges the item into another (id or reference such as W-12): it is closed as merged and "
			+ "its conversation and timeline show under the survivor, whose relations are returned")
	@PostMapping("/merge")
	ItemRelationsView merge(@PathVariable String slug, @PathVariable UUID id, @RequestBody ItemMergeRequest r) {
		return team.merge(member(slug), new WorkItemId(id), required(r.into(), "/into"));
	}

	@Operation(summary = "Links the item to a related one (id or reference); shown on both")
	@PostMapping("/links")
	ItemRelationsView link(@PathVariable String slug, @PathVariable UUID id, @RequestBody ItemLinkRequest r) {
		return team.link(member(slug), new WorkItemId(id), required(r.to(), "/to"));
	}

	@DeleteMapping("/links/{other}")
	ResponseEntity<Void> unlink(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID other) {
		team.unlink(member(slug), new WorkItemId(id), new WorkItemId(other));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Hides the item from the open queue until the given time (at most a year ahead); it comes "
			+ "back by itself, or when the customer writes")
	@PutMapping("/snooze")
	ItemRelationsView snooze(@PathVariable String slug, @PathVariable UUID id, @RequestBody ItemSnoozeRequest r) {
		if (r.until() == null) {
			throw new InvalidInputException("/until", Text.of("input.required"));
		}
		return team.snooze(member(slug), new WorkItemId(id), r.until());
	}

	@DeleteMapping("/snooze")
	ResponseEntity<Void> unsnooze(@PathVariable String slug, @PathVariable UUID id) {
		team.unsnooze(member(slug), new WorkItemId(id));
		return ResponseEntity.noContent().build();
	}

	private Membership member(String slug) {
		return policy.require(slug, Permission.WORK_VIEW);
	}

	private static String required(@Nullable String value, String pointer) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(pointer, Text.of("input.required"));
		}
		return value;
	}

	record ItemMergeRequest(@Nullable String into) {
	}

	record ItemLinkRequest(@Nullable String to) {
	}

	record ItemSnoozeRequest(@Nullable Instant until) {
	}

}
