package dev.deskhand.access.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.AccessPolicy.WorkspaceChoice;
import java.util.List;
import org.thymeleaf.context.LazyContextVariable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout shows on every page: who is signed in and the workspaces they
 * can switch to.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private final AccessPolicy policy;

	ShellModel(AccessPolicy policy) {
		this.policy = policy;
	}

	@ModelAttribute("callerName")
	String callerName() {
		return policy.caller().map(c -> c.displayName()).orElse("");
	}

	/**
	 * Read only when a page renders the switcher, not for redirects, fragments or
	 * downloads.
	 */
	@ModelAttribute("switchable")
	LazyContextVariable<List<WorkspaceChoice>> switchable() {
		return new LazyContextVariable<>() {
			@Override
			protected List<WorkspaceChoice> loadValue() {
				return policy.caller().isPresent() ? policy.workspacesOfCaller() : List.of();
			}
		};
	}

}
