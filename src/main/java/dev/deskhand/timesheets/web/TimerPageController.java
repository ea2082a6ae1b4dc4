package dev.deskhand.timesheets.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.timesheets.TimeTracking;
import dev.deskhand.work.WorkItemId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The timer from pages: start (the item page's button, the queue's {@code t}, a free
 * timer with a note), stop (the header's button) and the header fragment htmx reloads. An
 * htmx request gets 204 and the {@code timer-changed} trigger (or 422 and the reason); a
 * form is sent back where it came from.
 */
@Controller
class TimerPageController {

	private final AccessPolicy policy;

	private final TimeTracking tracking;

	private final MessageSource messages;

	TimerPageController(AccessPolicy policy, TimeTracking tracking, MessageSource messages) {
		this.policy = policy;
		this.tracking = tracking;
		this.messages = messages;
	}

	@PostMapping("/w/{slug}/time/timer")
	Object start(@PathVariable String slug, @RequestParam(required = false) @Nullable UUID item,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String back,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		try {
			tracking.startTimer(m, item == null ? null : new WorkItemId(item), note);
		}
		catch (InvalidInputException e) {
			if (htmx != null) {
				return ResponseEntity.status(422).body(messages.getMessage(e.text(), LocaleContextHolder.getLocale()));
			}
			flash.addFlashAttribute("error", e.text());
		}
		if (htmx != null) {
			return ResponseEntity.noContent().header("HX-Trigger", "timer-changed").build();
		}
		return "redirect:" + local(back, "/w/" + slug + "/time");
	}

	@PostMapping("/time/timer/stop")
	Object stop(@RequestParam(required = false) @Nullable String back,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
		tracking.stopTimer();
		if (htmx != null) {
			return "timesheets/partials/timer :: timer";
		}
		return "redirect:" + local(back, "/time");
	}

	@GetMapping("/time/timer")
	String fragment() {
		policy.requireCaller();
		return "timesheets/partials/timer :: timer";
	}

	/** Only a path of this site (no scheme, host or protocol-relative address). */
	static String local(@Nullable String back, String otherwise) {
		return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& back.matches("[A-Za-z0-9/_\\-?=&.%]*") ? back : otherwise;
	}

}
