package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.work.TeamWork;
import dev.deskhand.work.WorkItemId;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Collision detection on the item page: the page's script says when the caller has the
 * reply box open (a heartbeat) and when they close it, send or leave; the banner shows
 * who else is replying, refreshed over the live queue stream ("presence-changed").
 */
@Controller
class ItemPresenceController {

	private final AccessPolicy policy;

	private final TeamWork team;

	ItemPresenceController(AccessPolicy policy, TeamWork team) {
		this.policy = policy;
		this.team = team;
	}

	@PostMapping("/w/{slug}/items/{id}/presence")
	ResponseEntity<Void> presence(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(defaultValue = "replying") String state) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		if ("left".equals(state)) {
			team.stoppedReplying(m, new WorkItemId(id));
		}
		else {
			team.replying(m, new WorkItemId(id));
		}
		return ResponseEntity.noContent().build();
	}

	/** The banner alone: who else is replying now (empty when nobody is). */
	@GetMapping("/w/{slug}/items/{id}/presence")
	String banner(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		model.addAttribute("replying", team.othersReplying(m, new WorkItemId(id)));
		return "work/partials/collision :: banner";
	}

}
