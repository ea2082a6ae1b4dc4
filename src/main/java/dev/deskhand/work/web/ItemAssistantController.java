package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.Intent;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.work.WorkAssistant;
import dev.deskhand.work.WorkItemId;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assistant on the item page: a person's one-click correction of what it read, the
 * rejection of its draft with a reason, the approval (as drafted or edited) or rejection
 * of a delay notice; and, in the playbook, which work type each intent gives. Each comes
 * back to its page with the outcome or the reason it was refused.
 */
@Controller
class ItemAssistantController {

	private final AccessPolicy policy;

	private final WorkAssistant assistant;

	ItemAssistantController(AccessPolicy policy, WorkAssistant assistant) {
		this.policy = policy;
		this.assistant = assistant;
	}

	@PostMapping("/w/{slug}/items/{id}/triage")
	String correct(@PathVariable String slug, @PathVariable UUID id, @RequestParam String intent,
			@RequestParam(required = false) @Nullable String language, RedirectAttributes flash) {
		return act(slug, id, flash, "work.assistant.corrected",
				m -> assistant.correct(m, new WorkItemId(id), intent(intent), language));
	}

	@PostMapping("/w/{slug}/items/{id}/drafts/{draft}/reject")
	String reject(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID draft,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		return act(slug, id, flash, "work.draft.rejected", m -> assistant.reject(m, new WorkItemId(id), draft, reason));
	}

	@PostMapping("/w/{slug}/items/{id}/notices/{notice}/approve")
	String approveNotice(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID notice,
			@RequestParam(required = false) @Nullable String text, RedirectAttributes flash) {
		return act(slug, id, flash, "work.notice.approved",
				m -> assistant.approveNotice(m, new WorkItemId(id), notice, text));
	}

	@PostMapping("/w/{slug}/items/{id}/notices/{notice}/reject")
	String rejectNotice(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID notice,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		return act(slug, id, flash, "work.notice.rejected",
				m -> assistant.rejectNotice(m, new WorkItemId(id), notice, reason));
	}

	@PostMapping("/w/{slug}/playbook/intent-types")
	String intentType(@PathVariable String slug, @RequestParam String intent, @RequestParam String type,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		try {
			assistant.setIntentType(m, intent(intent), type);
			flash.addFlashAttribute("ok", "item.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/playbook#intent-types";
	}

	private static Intent intent(String code) {
		try {
			return Intent.parse(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("/intent", Text.of("work.assistant.error.intent", code));
		}
	}

	private String act(String slug, UUID id, RedirectAttributes flash, String ok, Consumer<Membership> action) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		try {
			action.accept(m);
			flash.addFlashAttribute("ok", ok);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/items/" + id;
	}

}
