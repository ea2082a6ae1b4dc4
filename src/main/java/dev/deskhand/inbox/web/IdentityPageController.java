package dev.deskhand.inbox.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.MailComposer;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.shared.InvalidInputException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The from-name and signature mail goes out with: each person sets their own, managers
 * set each mailbox's; the page shows how the caller's mail from each mailbox looks.
 */
@Controller
class IdentityPageController {

	private final AccessPolicy policy;

	private final MailComposer composer;

	IdentityPageController(AccessPolicy policy, MailComposer composer) {
		this.policy = policy;
		this.composer = composer;
	}

	@GetMapping("/w/{slug}/mail/identity")
	String page(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.INBOX_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("identity", composer.identity(m));
		model.addAttribute("manages", m.can(Permission.MAILBOXES_MANAGE));
		return "inbox/identity";
	}

	@PostMapping("/w/{slug}/mail/identity")
	String save(@PathVariable String slug, @RequestParam(defaultValue = "") String fromName,
			@RequestParam(defaultValue = "") String signature, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.INBOX_VIEW);
		return act(flash, slug, () -> composer.setPersonIdentity(m, fromName, signature));
	}

	@PostMapping("/w/{slug}/mail/identity/mailboxes/{id}")
	String saveMailbox(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String signature, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.MAILBOXES_MANAGE);
		return act(flash, slug, () -> composer.setMailboxSignature(m, new MailboxId(id), signature));
	}

	private static String act(RedirectAttributes flash, String slug, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("ok", "identity.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/mail/identity";
	}

}
