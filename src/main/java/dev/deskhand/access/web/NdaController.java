package dev.deskhand.access.web;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The workspace's confidentiality agreement: shown, and accepted (version and time
 * recorded).
 */
@Controller
class NdaController {

	private final AccessPolicy policy;

	private final AccessManagement access;

	NdaController(AccessPolicy policy, AccessManagement access) {
		this.policy = policy;
		this.access = access;
	}

	@GetMapping("/w/{slug}/nda")
	String show(@PathVariable String slug, Model model) {
		Membership m = policy.requireBeforeNda(slug);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("acceptedAt",
				access.ndaAcceptedAt(m.member().id(), m.workspace().ndaVersion()).orElse(null));
		return "access/nda";
	}

	@PostMapping("/w/{slug}/nda")
	String accept(@PathVariable String slug) {
		access.acceptNda(policy.requireBeforeNda(slug));
		return "redirect:/w/" + slug;
	}

}
