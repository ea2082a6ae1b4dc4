package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.ItemRef;
import dev.deskhand.work.ItemRelationsView;
import dev.deskhand.work.TeamWork;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkQueue;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item page's relations section (loaded by htmx): merged into, merged from (with
 * their conversations and timelines), related items, and snooze; each action comes back
 * to the item.
 */
@Controller
class ItemRelationsPageController {

	private final AccessPolicy policy;

	private final TeamWork team;

	private final WorkQueue work;

	private final InboxManagement inbox;

	ItemRelationsPageController(AccessPolicy policy, TeamWork team, WorkQueue work, InboxManagement inbox) {
		this.policy = policy;
		this.team = team;
		this.work = work;
		this.inbox = inbox;
	}

	@GetMapping("/w/{slug}/items/{id}/relations")
	String relations(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		WorkItemId item = new WorkItemId(id);
		ItemRelationsView relations = team.relations(m, item);
		List<Map<String, Object>> merged = new ArrayList<>();
		for (ItemRef ref : relations.merged()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("ref", ref);
			entry.put("timeline", work.timeline(m, ref.id()).reversed());
			entry.put("conversation", ref.conversation() == null ? null : inbox.conversation(m, ref.conversation()));
			merged.add(entry);
		}
		model.addAttribute("ws", m.workspace());
		model.addAttribute("itemId", id);
		model.addAttribute("relations", relations);
		model.addAttribute("mergedItems", merged);
		return "work/partials/relations :: relations";
	}

	@PostMapping("/w/{slug}/items/{id}/merge")
	String merge(@PathVariable String slug, @PathVariable UUID id, @RequestParam String into,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		try {
			team.merge(m, new WorkItemId(id), into);
			flash.addFlashAttribute("ok", "relations.mergedOk");
			// to the surviving item, which now holds both conversations
			var survivor = team.relations(m, new WorkItemId(id)).mergedInto();
			return "redirect:/w/" + slug + "/items/" + (survivor == null ? id : survivor.id().value());
		}
		catch (InvalidInputException e) {
			return failed(slug, id, flash, e);
		}
	}

	@PostMapping("/w/{slug}/items/{id}/links")
	String link(@PathVariable String slug, @PathVariable UUID id, @RequestParam String to, RedirectAttributes flash) {
		return act(slug, id, flash, m -> team.link(m, new WorkItemId(id), to));
	}

	@PostMapping("/w/{slug}/items/{id}/links/{other}/delete")
	String unlink(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID other,
			RedirectAttributes flash) {
		return act(slug, id, flash, m -> team.unlink(m, new WorkItemId(id), new WorkItemId(other)));
	}

	/** {@code until} from a date-time field, in the member's time zone. */
	@PostMapping("/w/{slug}/items/{id}/snooze")
	String snooze(@PathVariable String slug, @PathVariable UUID id, @RequestParam String until,
			RedirectAttributes flash) {
		return act(slug, id, flash, m -> {
			try {
				team.snooze(m, new WorkItemId(id),
						LocalDateTime.parse(until).atZone(m.member().timeZone()).toInstant());
			}
			catch (DateTimeParseException e) {
				throw new InvalidInputException("/until", "Choose a date and time", "relations.error.until");
			}
		});
	}

	@PostMapping("/w/{slug}/items/{id}/unsnooze")
	String unsnooze(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, id, flash, m -> team.unsnooze(m, new WorkItemId(id)));
	}

	private String act(String slug, UUID id, RedirectAttributes flash, Consumer<Membership> action) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		try {
			action.accept(m);
			flash.addFlashAttribute("ok", "item.saved");
		}
		catch (InvalidInputException e) {
			return failed(slug, id, flash, e);
		}
		return "redirect:/w/" + slug + "/items/" + id;
	}

	private static String failed(String slug, UUID id, RedirectAttributes flash, InvalidInputException e) {
		flash.addFlashAttribute("error", e.text());
		return "redirect:/w/" + slug + "/items/" + id;
	}

}
