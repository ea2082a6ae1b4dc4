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
import dev.deskhand.work.internal.Markdown;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.assistant.Intent;
import dev.deskhand.work.ItemAssistance;
import dev.deskhand.work.WorkAssistant;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import java.util.regex.Pattern;
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

	private final ComposerModel composer;

	private final Markdown markdown;

	private final WorkAssistant assistant;

	private final DraftModel drafts;

	ItemPageController(AccessPolicy policy, WorkQueue work, WorkSetup setup, WorkspaceManagement workspaces,
			InboxManagement inbox, ComposerModel composer, Markdown markdown, WorkAssistant assistant,
			DraftModel drafts) {
		this.assistant = assistant;
		this.drafts = drafts;
		this.composer = composer;
		this.markdown = markdown;
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
		composer.fill(model, m, view);
		var checklist = work.checklist(m, item);
		model.addAttribute("checklist", checklist);
		model.addAttribute("sopHtml", checklist.sop() == null ? "" : markdown.html(checklist.sop().markdown()));
		model.addAttribute("savedReplies", setup.savedReplies(m));
		var members = workspaces.members(m.workspace().id());
		model.addAttribute("members", members.stream().filter(MemberView::active).toList());
		var names = members.stream()
			.collect(java.util.stream.Collectors.toMap(x -> x.id().toString(), MemberView::displayName));
		model.addAttribute("memberNames", names);
		model.addAttribute("timeline", TimelineLines.of(work.timeline(m, item).reversed(), names));
		ItemAssistance assistance = assistant.assistance(m, item);
		model.addAttribute("assistance", assistance);
		model.addAttribute("intents", Arrays.stream(Intent.values()).map(Intent::code).toList());
		model.addAttribute("languages", WorkAssistant.LANGUAGES);
		if (assistance.draft() != null) {
			model.addAttribute("draftSegments",
					drafts.segments(m, assistance.draft(), LocaleContextHolder.getLocale()));
		}
		if (assistance.notice() != null) {
			model.addAttribute("noticeSegments", drafts.segments(m, assistance.notice().text(),
					assistance.notice().facts(), LocaleContextHolder.getLocale()));
		}
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

	/**
	 * Resolves and goes on to the next item of the list the person came from
	 * ({@code next}, filled in by the page's script), else back to that list
	 * ({@code back}), else to the workspace's queue; on refusal, back to the item.
	 */
	@PostMapping("/w/{slug}/items/{id}/resolve")
	String resolve(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String next,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes flash) {
		String stay = act(slug, id, flash, (m) -> work.resolve(m, new WorkItemId(id)));
		if (flash.getFlashAttributes().containsKey("error")) {
			return stay;
		}
		if (next != null && NEXT_ITEM.matcher(next).matches() && !next.endsWith(id.toString())) {
			return "redirect:" + next;
		}
		return "redirect:" + (back != null && QUEUE.matcher(back).matches() ? back : "/w/" + slug + "/queue");
	}

	/** A local item page: where "next" may lead (no open redirect). */
	private static final Pattern NEXT_ITEM = Pattern.compile("^/w/[A-Za-z0-9_-]+/items/[0-9a-fA-F-]{36}$");

	/** A local queue page with its filters. */
	private static final Pattern QUEUE = Pattern.compile("^/(w/[A-Za-z0-9_-]+/)?queue(\\?[A-Za-z0-9_=&%+.:-]*)?$");

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
	String tick(@PathVariable String slug, @PathVariable UUID id, @PathVariable int index,
			@RequestParam(defaultValue = "true") boolean ticked, RedirectAttributes flash) {
		return act(slug, id, flash, (m) -> {
			if (ticked) {
				work.tick(m, new WorkItemId(id), index);
			}
			else {
				work.untick(m, new WorkItemId(id), index);
			}
		});
	}

	/** A saved reply with the item's values filled in, for the composer to insert. */
	@GetMapping(path = "/w/{slug}/items/{id}/saved-replies/{reply}", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String savedReply(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID reply) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		return work.renderReply(m, new WorkItemId(id), reply);
	}

	/**
	 * The saved reply chosen in the composer, filled in for the item, with a button that
	 * inserts it (htmx fragment); nothing when none is chosen.
	 */
	@GetMapping("/w/{slug}/items/{id}/saved-reply-preview")
	String savedReplyPreview(@PathVariable String slug, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID reply, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		var preview = reply == null ? null : work.previewReply(m, new WorkItemId(id), reply);
		model.addAttribute("preview", preview);
		model.addAttribute("emptyPlaceholders",
				preview == null ? "" : String.join(", ", preview.empty().stream().map(p -> "{{" + p + "}}").toList()));
		return "work/partials/saved-reply-preview :: preview";
	}

	private String act(String slug, UUID id, RedirectAttributes flash, Consumer<Membership> action) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		try {
			action.accept(m);
			flash.addFlashAttribute("ok", "item.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/items/" + id;
	}

}
