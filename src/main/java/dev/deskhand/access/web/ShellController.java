package dev.deskhand.access.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.workspace.WorkspaceManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, start page, workspace switcher and a workspace's overview. */
@Controller
class ShellController {

	private final AccessPolicy policy;

	private final WorkspaceManagement workspaces;

	ShellController(AccessPolicy policy, WorkspaceManagement workspaces) {
		this.policy = policy;
		this.workspaces = workspaces;
	}

	@GetMapping("/login")
	String login() {
		return "access/login";
	}

	/** One workspace: go straight there; several: let the person choose. */
	@GetMapping("/")
	String start() {
		var choices = policy.workspacesOfCaller();
		return choices.size() == 1 ? "redirect:/w/" + choices.getFirst().workspace().slug() : "redirect:/workspaces";
	}

	@GetMapping("/workspaces")
	String workspaces() {
		return "access/workspaces";
	}

	@GetMapping("/switch")
	String switchTo(@RequestParam String slug) {
		return "redirect:/w/" + policy.require(slug, Permission.WORKSPACE_VIEW).workspace().slug();
	}

	@GetMapping("/w/{slug}")
	String home(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORKSPACE_VIEW);
		Pages.workspace(model, m);
		model.addAttribute("memberCount",
				workspaces.members(m.workspace().id()).stream().filter(x -> x.active()).count());
		return "access/home";
	}

}
