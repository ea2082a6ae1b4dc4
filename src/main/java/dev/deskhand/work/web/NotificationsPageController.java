package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.work.WorkNotifications;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's notifications across their workspaces: the bell (its count
 * refreshed by htmx), the list, marking read, and the e-mail setting on the profile.
 */
@Controller
class NotificationsPageController {

	private final WorkNotifications notifications;

	private final AccessPolicy policy;

	NotificationsPageController(WorkNotifications notifications, AccessPolicy policy) {
		this.notifications = notifications;
		this.policy = policy;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		policy.requireCaller();
		model.addAttribute("all", notifications.list(false, 100));
		return "work/notifications";
	}

	/** The bell alone, for its periodic refresh. */
	@GetMapping("/notifications/bell")
	String bell() {
		policy.requireCaller();
		return "work/partials/bell :: bell";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, @RequestParam(required = false) @Nullable String back) {
		notifications.markRead(id);
		return "redirect:" + local(back);
	}

	@PostMapping("/notifications/read-all")
	String readAll(@RequestParam(required = false) @Nullable String back) {
		notifications.markAllRead();
		return "redirect:" + local(back);
	}

	@PostMapping("/notifications/settings")
	String settings(@RequestParam(defaultValue = "false") boolean email, RedirectAttributes flash) {
		notifications.setEmail(email);
		flash.addFlashAttribute("ok", "item.saved");
		return "redirect:/profile";
	}

	/** Back to a page of this site only (never an absolute or protocol-relative URL). */
	static String local(@Nullable String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
				|| back.chars().anyMatch(c -> c < 0x20)) {
			return "/notifications";
		}
		return back;
	}

}
