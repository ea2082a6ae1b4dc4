package dev.deskhand.hiring.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.hiring.BidId;
import dev.deskhand.hiring.Hired;
import dev.deskhand.hiring.Hires;
import dev.deskhand.shared.InvalidInputException;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Hiring a bid from the pipeline: the button posts here, the manager lands on the hire's
 * onboarding (with the invitation's link only when the workspace could not mail it).
 */
@Controller
class HirePages {

	private final AccessPolicy policy;

	private final Hires hires;

	HirePages(AccessPolicy policy, Hires hires) {
		this.policy = policy;
		this.hires = hires;
	}

	@PostMapping("/w/{slug}/hiring/bids/{bid}/hire")
	String hire(@PathVariable String slug, @PathVariable UUID bid, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.HIRING_MANAGE);
		try {
			Hired hired = hires.hire(m, new BidId(bid), invitationLinks());
			flash.addFlashAttribute("ok", hired.mailed() ? "hiring.hire.done" : "hiring.hire.doneLink");
			flash.addFlashAttribute("inviteLink", hired.link());
			return "redirect:/w/" + slug + "/hiring/onboarding/" + hired.hire().id();
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
			return "redirect:/w/" + slug + "/hiring/onboarding";
		}
	}

	/**
	 * The invitation's link under this server's address, as the members page makes it.
	 */
	static Function<String, String> invitationLinks() {
		return token -> ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/invitations/{token}")
			.buildAndExpand(token)
			.toUriString();
	}

}
