package dev.deskhand.access.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time invitation link, for the invited address only: a person signed in with
 * that (verified) address joins with one click; a newcomer holding a link that was
 * e-mailed to them chooses a name and password and then signs in. The page looks the same
 * whether or not the address has an account.
 */
@Controller
class InvitationController {

	private final WorkspaceManagement workspaces;

	private final AccessManagement access;

	private final AccessPolicy policy;

	InvitationController(WorkspaceManagement workspaces, AccessManagement access, AccessPolicy policy) {
		this.workspaces = workspaces;
		this.access = access;
		this.policy = policy;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model) {
		var inv = workspaces.findOpenInvitation(token)
			.orElseThrow(() -> new NotFoundException(Text.of("input.invitationUsed")));
		model.addAttribute("invitation", inv);
		model.addAttribute("workspaceName", workspaces.findWorkspace(inv.workspace()).orElseThrow().name());
		model.addAttribute("token", token);
		model.addAttribute("signedIn", policy.caller().isPresent());
		// the same page whether or not the address has an account: it must not tell
		model.addAttribute("mailed", inv.mailedAt() != null);
		return "access/invitation";
	}

	@PostMapping("/invitations/{token}/accept")
	String accept(@PathVariable String token) {
		var caller = policy.requireCaller();
		var membership = access.acceptInvitation(token, Objects.requireNonNull(caller.person()));
		return "redirect:/w/" + membership.workspace().slug();
	}

	@PostMapping("/invitations/{token}/register")
	String register(@PathVariable String token, @RequestParam String displayName, @RequestParam String password,
			@RequestParam String language, @RequestParam String timeZone, Model model) {
		try {
			var membership = access.registerViaInvitation(token, displayName, password, language, timeZone);
			return "redirect:/login?joined=" + membership.workspace().slug();
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.text());
			return show(token, model);
		}
	}

}
