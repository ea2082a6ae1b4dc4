package dev.deskhand.assistant.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.DelayNotices;
import dev.deskhand.shared.InvalidInputException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delay notices page: pending notices to approve (as written or edited) or reject
 * with a reason, and the ones decided lately.
 */
@Controller
class DelayNoticesPageController {

	private final AccessPolicy policy;

	private final DelayNotices notices;

	DelayNoticesPageController(AccessPolicy policy, DelayNotices notices) {
		this.policy = policy;
		this.notices = notices;
	}

	@GetMapping("/w/{slug}/assistant/notices")
	String page(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.INBOX_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("pending", notices.pending(m));
		model.addAttribute("recent", notices.recent(m, 30));
		return "assistant/notices";
	}

	@PostMapping("/w/{slug}/assistant/notices/{id}/approve")
	String approve(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String text, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.INBOX_VIEW);
		try {
			notices.approve(m, id, text);
			flash.addFlashAttribute("ok", "assistant.notices.sent");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/assistant/notices";
	}

	@PostMapping("/w/{slug}/assistant/notices/{id}/reject")
	String reject(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.INBOX_VIEW);
		try {
			notices.reject(m, id, reason == null ? "" : reason);
			flash.addFlashAttribute("ok", "assistant.notices.rejected");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/assistant/notices";
	}

}
