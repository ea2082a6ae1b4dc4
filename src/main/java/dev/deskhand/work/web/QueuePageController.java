package dev.deskhand.work.web;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.Priority;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.WorkItemChange;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkNotifications;
import dev.deskhand.work.WorkAssistant;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.assistant.Intent;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	/**
	 * "Breaching soon": breached, past the policy's warning share of a target (by default
	 * 80% used), or due within this time.
	 */
	static final Duration BREACHING_SOON = Duration.ofHours(1);

	private final AccessPolicy policy;

	private final WorkQueue work;

	private final QueueChanges changes;

	private final WorkNotifications notifications;

	private final PartyManagement parties;

	private final MessageSource messages;

	QueuePageController(AccessPolicy policy, WorkQueue work, QueueChanges changes, WorkNotifications notifications,
			PartyManagement parties, MessageSource messages) {
		this.notifications = notifications;
		this.parties = parties;
		this.messages = messages;
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
			@RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable String intent,
			@RequestParam(required = false) @Nullable String language,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("rows",
				work.mergedQueue(filter(view, null, null, null).withParty(party).withTriage(intent, language),
						PageRequest.of(page, 50)));
		triageChoices(model);
		model.addAttribute("view", view);
		model.addAttribute("merged", true);
		if (htmx == null) {
			model.addAttribute("notifications", notifications.list(true, 50));
		}
		return htmx != null ? "work/partials/rows :: rows" : "work/queue";
	}

	@GetMapping("/w/{slug}/queue")
	String queue(@PathVariable String slug, @RequestParam(defaultValue = "open") String view,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable String intent,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("rows",
				work.queue(m, filter(view, type, tag, customer).withParty(party).withTriage(intent, language),
						PageRequest.of(page, 50)));
		triageChoices(model);
		model.addAttribute("view", view);
		model.addAttribute("merged", false);
		if (htmx == null) {
			model.addAttribute("notifications", notifications.unreadIn(m));
			model.addAttribute("partyNames",
					parties.list(m, null, null, PartyManagement.MAX_LIST).stream().map(PartyView::name).toList());
		}
		return htmx != null ? "work/partials/rows :: rows" : "work/queue";
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
				flash.addFlashAttribute("error", e.text());
			}
		}
		flash.addFlashAttribute("bulkDone", done);
		return "redirect:/w/" + slug + "/queue?view=" + view;
	}

	/**
	 * The queue's keys ({@code a}, {@code e}) act on one item without leaving the list:
	 * 204 when done, else 422 with the reason in the reader's language, as text.
	 */
	@PostMapping(path = "/w/{slug}/queue/bulk", headers = "HX-Request")
	@ResponseBody
	ResponseEntity<String> act(@PathVariable String slug, @RequestParam(name = "item") UUID id,
			@RequestParam String action) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		WorkItemId item = new WorkItemId(id);
		try {
			switch (action) {
				case "assign-me" -> work.assign(m, item, m.member().id());
				case "resolve" -> work.resolve(m, item);
				default -> throw new InvalidInputException("/action", Text.of("input.unknownAction", action));
			}
			return ResponseEntity.noContent().build();
		}
		catch (InvalidInputException e) {
			return ResponseEntity.status(422)
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(messages.getMessage(e, LocaleContextHolder.getLocale()));
		}
	}

	/**
	 * The intents and languages the queue filters on (codes; the page translates them).
	 */
	private static void triageChoices(Model model) {
		model.addAttribute("intents", Arrays.stream(Intent.values()).map(Intent::code).toList());
		model.addAttribute("languages", WorkAssistant.LANGUAGES);
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
			case "snoozed" -> new QueueFilter(false, false, null, t, g, c, Set.of(), true);
			default -> new QueueFilter(false, false, null, t, g, c, Set.of());
		};
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
