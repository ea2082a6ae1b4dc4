package dev.deskhand.work.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.Priority;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.WorkItemChange;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue pages: a workspace's queue with its saved views, and "my queue", which merges
 * every workspace the person is granted. An htmx request (live refresh) gets only the
 * rows.
 */
@Controller
class QueuePageController {

	static final Duration BREACHING_SOON = Duration.ofHours(2);

	private final AccessPolicy policy;

	private final WorkQueue work;

	private final QueueChanges changes;

	QueuePageController(AccessPolicy policy, WorkQueue work, QueueChanges changes) {
		this.policy = policy;
		this.work = work;
		this.changes = changes;
	}

	/**
	 * Server-sent events: "queue-changed" whenever an item of these queues changes that
	 * the caller may see (the merged queue's workspaces: live grant, NDA accepted).
	 */
	@GetMapping(path = "/queue/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter watchMine() {
		return changes.watch(policy.memberships(Permission.WORK_VIEW).stream().map(m -> m.workspace().id()).toList(),
				SecurityContextHolder.getContext().getAuthentication());
	}

	@GetMapping(path = "/w/{slug}/queue/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter watch(@PathVariable String slug) {
		return changes.watch(List.of(policy.require(slug, Permission.WORK_VIEW).workspace().id()),
				SecurityContextHolder.getContext().getAuthentication());
	}

	@GetMapping("/queue")
	String mine(@RequestParam(defaultValue = "mine") String view, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("rows", work.mergedQueue(filter(view, null, null, null), PageRequest.of(page, 50)));
		model.addAttribute("view", view);
		model.addAttribute("merged", true);
		return htmx != null ? "work/partials/rows :: rows" : "work/queue";
	}

	@GetMapping("/w/{slug}/queue")
	String queue(@PathVariable String slug, @RequestParam(defaultValue = "open") String view,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String customer, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("rows", work.queue(m, filter(view, type, tag, customer), PageRequest.of(page, 50)));
		model.addAttribute("view", view);
		model.addAttribute("merged", false);
		if (htmx == null) {
			model.addAttribute("notifications", work.notifications(m));
		}
		return htmx != null ? "work/partials/rows :: rows" : "work/queue";
	}

	@PostMapping("/w/{slug}/items")
	String create(@PathVariable String slug, @RequestParam String type, @RequestParam String title,
			@RequestParam(defaultValue = "NORMAL") Priority priority,
			@RequestParam(required = false) @Nullable String customer, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		try {
			var item = work.create(m, new NewWorkItem(type, title, priority, null, null, null,
					customer == null || customer.isBlank() ? null : customer, null, null));
			return "redirect:/w/" + slug + "/items/" + item.id();
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.getMessage());
			return "redirect:/w/" + slug + "/queue";
		}
	}

	/** Dismisses one of the caller's in-app notifications (escalations). */
	@PostMapping("/w/{slug}/notifications/{id}/read")
	String readNotification(@PathVariable String slug, @PathVariable long id) {
		work.markNotificationRead(policy.require(slug, Permission.WORK_VIEW), id);
		return "redirect:/w/" + slug + "/queue";
	}

	/**
	 * Bulk actions on the checked rows: assign to me, resolve, or wait on the customer.
	 */
	@PostMapping("/w/{slug}/queue/bulk")
	String bulk(@PathVariable String slug, @RequestParam(name = "item", required = false) @Nullable List<UUID> items,
			@RequestParam String action, @RequestParam(defaultValue = "open") String view, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		int done = 0;
		for (UUID id : items == null ? List.<UUID>of() : items) {
			try {
				WorkItemId item = new WorkItemId(id);
				switch (action) {
					case "assign-me" -> work.assign(m, item, m.member().id());
					case "resolve" -> work.resolve(m, item);
					case "wait" -> work.update(m, item, WorkItemChange.status(WorkStatus.WAITING_ON_CUSTOMER));
					default -> throw new InvalidInputException("/action", Text.of("input.unknownAction", action));
				}
				done++;
			}
			catch (InvalidInputException e) {
				flash.addFlashAttribute("error", e.getMessage());
			}
		}
		flash.addFlashAttribute("bulkDone", done);
		return "redirect:/w/" + slug + "/queue?view=" + view;
	}

	/** The saved views: mine, unassigned, breaching soon, waiting, or every open item. */
	static QueueFilter filter(String view, @Nullable String type, @Nullable String tag, @Nullable String customer) {
		String t = blank(type);
		String g = blank(tag);
		String c = blank(customer);
		return switch (view) {
			case "mine" -> new QueueFilter(true, false, null, t, g, c, Set.of());
			case "unassigned" -> new QueueFilter(false, true, null, t, g, c, Set.of());
			case "breaching" -> new QueueFilter(false, false, BREACHING_SOON, t, g, c, Set.of());
			case "waiting" -> new QueueFilter(false, false, null, t, g, c,
					Set.of(WorkStatus.WAITING_ON_CUSTOMER, WorkStatus.WAITING_ON_THIRD_PARTY));
			case "done" -> new QueueFilter(false, false, null, t, g, c, Set.of(WorkStatus.RESOLVED, WorkStatus.CLOSED));
			default -> new QueueFilter(false, false, null, t, g, c, Set.of());
		};
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
