package dev.deskhand.access.web;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.shared.InvalidInputException;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The few things every workspace page does the same way. */
final class Pages {

	private Pages() {
	}

	/** Puts the workspace and the caller's membership where the layout looks for them. */
	static void workspace(Model model, Membership membership) {
		model.addAttribute("ws", membership.workspace());
		model.addAttribute("membership", membership);
	}

	/**
	 * Runs a form action and redirects back: on success with a flash message key, on
	 * invalid input, or a grant wider than the actor's own, with the reason (nothing was
	 * stored: each action is one transaction).
	 */
	static String act(RedirectAttributes flash, String back, String okKey, Supplier<?> action) {
		try {
			Object result = action.get();
			flash.addFlashAttribute("ok", okKey);
			flash.addFlashAttribute("result", result);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		catch (AccessDenied e) {
			if (e.reason() != AccessDenied.Reason.OWN_GRANT && e.reason() != AccessDenied.Reason.BEYOND_OWN) {
				throw e;
			}
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:" + back;
	}

}
