package dev.deskhand.access.web;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own API token for this workspace: one at a time, shown once, with an expiry.
 */
@Controller
class TokensController {

	private final AccessPolicy policy;

	private final AccessManagement access;

	private final Clock clock;

	TokensController(AccessPolicy policy, AccessManagement access, Clock clock) {
		this.policy = policy;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/w/{slug}/tokens")
	String show(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.OWN_TOKEN);
		Pages.workspace(model, m);
		model.addAttribute("tokens",
				access.tokens(m.workspace().id()).stream().filter(t -> t.member().equals(m.member().id())).toList());
		return "access/tokens";
	}

	@PostMapping("/w/{slug}/tokens")
	String issue(@PathVariable String slug, @RequestParam String name, @RequestParam(defaultValue = "90") int days,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.OWN_TOKEN);
		return Pages.act(flash, "/w/" + slug + "/tokens", "tokens.issued",
				() -> access
					.issueToken(m, m.member().id(), name,
							clock.instant().plus(Math.clamp(days, 1, 365), ChronoUnit.DAYS))
					.secret());
	}

	@PostMapping("/w/{slug}/tokens/{id}/revoke")
	String revoke(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.OWN_TOKEN);
		return Pages.act(flash, "/w/" + slug + "/tokens", "tokens.revoked", () -> {
			access.revokeToken(m, id);
			return null;
		});
	}

}
