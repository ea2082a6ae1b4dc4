package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.Priority;
import dev.deskhand.work.WorkItemChange;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One work item: its conversation and composer, SOP and checklist, SLA timers, timeline,
 * notes, logged calls and chats, and the actions on it. Each action is one transaction
 * and comes back to the item.
 */
@Controller
class ItemPageController {

	private final AccessPolicy policy;

	private final WorkQueue work;

	private final WorkSetup setup;

	private final WorkspaceManagement workspaces;

	private final InboxManagement inbox;

	ItemPageController(AccessPolicy policy, WorkQueue work, WorkSetup setup, WorkspaceManagement workspaces,
			InboxManagement inbox) {
		this.inbox = inbox;
		this.policy = policy;
		this.work = work;
		this.setup = setup;
		this.workspaces = workspaces;
	}

	@GetMapping("/w/{slug}/items/{id}")
	String item(@PathVariable String slug, @PathVariable UUID id, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		WorkItemId item = new WorkItemId(id);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		var view = work.item(m, item);
		model.addAttribute("item", view);
		if (view.conversation() != null) {
			model.addAttribute("conversation", inbox.conversation(m, view.conversation()));
			model.addAttribute("outgoing", inbox.outgoing(m, view.conversation()));
			model.addAttribute("signature", inbox.signature(m));
		}
		model.addAttribute("checklist", work.checklist(m, item));
		model.addAttribute("savedReplies", setup.savedReplies(m));
		var members = workspaces.members(m.workspace().id());
		model.addAttribute("members", members.stream().filter(MemberView::active).toList());
		var names = members.stream()
			.collect(java.util.stream.Collectors.toMap(x -> x.id().toString(), MemberView::displayName));
		model.addAttribute("memberNames", names);
		model.addAttribute("timeline", TimelineLines.of(work.timeline(m, item).reversed(), names));
		return "work/item";
	}

	@PostMapping("/w/{slug}/items/{id}/status")
	String status(@PathVariable String slug, @PathVariable UUID id, @RequestParam WorkStatus status,
			RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.update(m, new WorkItemId(id), WorkItemChange.status(status)));
	}

	@PostMapping("/w/{slug}/items/{id}/priority")
	String priority(@PathVariable String slug, @PathVariable UUID id, @RequestParam Priority priority,
			RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.update(m, new WorkItemId(id), WorkItemChange.priority(priority)));
	}

	@PostMapping("/w/{slug}/items/{id}/resolve")
	String resolve(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.resolve(m, new WorkItemId(id)));
	}

	@PostMapping("/w/{slug}/items/{id}/assign")
	String assign(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID member, RedirectAttributes flash) {
		return act(slug, id, flash,
				(m) -> work.assign(m, new WorkItemId(id), member == null ? null : new MemberId(member)));
	}

	@PostMapping("/w/{slug}/items/{id}/assign-me")
	String assignMe(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.assign(m, new WorkItemId(id), m.member().id()));
	}

	@PostMapping("/w/{slug}/items/{id}/auto-assign")
	String autoAssign(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.autoAssign(m, new WorkItemId(id)));
	}

	@PostMapping("/w/{slug}/items/{id}/reply")
	String reply(@PathVariable String slug, @PathVariable UUID id, @RequestParam String body,
			RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.reply(m, new WorkItemId(id), body));
	}

	@PostMapping("/w/{slug}/items/{id}/notes")
	String note(@PathVariable String slug, @PathVariable UUID id, @RequestParam String text, RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.addNote(m, new WorkItemId(id), text));
	}

	@PostMapping("/w/{slug}/items/{id}/calls")
	String call(@PathVariable String slug, @PathVariable UUID id, @RequestParam String summary,
			RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.logCall(m, new WorkItemId(id), summary));
	}

	@PostMapping("/w/{slug}/items/{id}/chats")
	String chat(@PathVariable String slug, @PathVariable UUID id, @RequestParam String channel,
			@RequestParam String text, RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.logChat(m, new WorkItemId(id), channel, text));
	}

	@PostMapping("/w/{slug}/items/{id}/checklist/{index}")
	String tick(@PathVariable String slug, @PathVariable UUID id, @PathVariable int index, RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> work.tick(m, new WorkItemId(id), index));
	}

	/** A saved reply with the item's values filled in, for the composer to insert. */
	@GetMapping(path = "/w/{slug}/items/{id}/saved-replies/{reply}", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String savedReply(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID reply) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		return work.renderReply(m, new WorkItemId(id), reply);
	}

	private String act(String slug, UUID id, RedirectAttributes flash, Consumer<Membership> action) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		try {
			action.accept(m);
			flash.addFlashAttribute("ok", "item.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/w/" + slug + "/items/" + id;
	}

}
