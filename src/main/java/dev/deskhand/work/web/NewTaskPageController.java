package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.Priority;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The new-task form: type, title, description, priority, due date (in the person's time
 * zone), tags, assignee, customer or carrier (a party: a customer files the task under
 * its scope), customer and scope. The scope defaults to the creator's when they have
 * exactly one, so a task a scoped assistant creates is hers to see, and a manager files a
 * task under a customer's scope for the assistant working for that customer. Bad input
 * shows the form again with the reason, nothing lost.
 */
@Controller
class NewTaskPageController {

	private final AccessPolicy policy;

	private final WorkQueue work;

	private final WorkspaceManagement workspaces;

	private final MessageSource messages;

	private final PartyManagement parties;

	NewTaskPageController(AccessPolicy policy, WorkQueue work, WorkspaceManagement workspaces, MessageSource messages,
			PartyManagement parties) {
		this.parties = parties;
		this.policy = policy;
		this.work = work;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	/** What the form holds; every field as typed. */
	record TaskForm(@Nullable String type, @Nullable String title, @Nullable String description,
			@Nullable Priority priority, @Nullable String due, @Nullable String tags, @Nullable String assignee,
			@Nullable String customer, @Nullable String scope, @Nullable String party) {
	}

	@GetMapping("/w/{slug}/items/new")
	String form(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		List<ScopeRef> scopes = m.grant().scopes();
		return page(m, model, new TaskForm("data-entry", null, null, Priority.NORMAL, null, null, null, null,
				scopes.size() == 1 ? scopes.getFirst().toString() : null, null), null);
	}

	@PostMapping("/w/{slug}/items")
	String create(@PathVariable String slug, @ModelAttribute TaskForm form, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		try {
			String scope = blank(form.scope());
			String customer = blank(form.customer());
			if (customer == null && scope != null && scope.startsWith("customer:")) {
				customer = scope.substring("customer:".length());
			}
			var item = work.createTask(m,
					new NewWorkItem(blank(form.type()) == null ? "" : form.type(),
							form.title() == null ? "" : form.title(), form.priority(), assignee(form.assignee()),
							due(m, form.due()), tags(form.tags()), customer, scope, null, partyNamed(m, form.party())),
					form.description());
			return "redirect:/w/" + slug + "/items/" + item.id();
		}
		catch (InvalidInputException e) {
			String reason = messages.getMessage(e, LocaleContextHolder.getLocale());
			return page(m, model, form, reason);
		}
	}

	private String page(Membership m, Model model, TaskForm form, @Nullable String error) {
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("scopes", m.grant().scopes().stream().map(ScopeRef::toString).toList());
		model.addAttribute("partyNames",
				parties.list(m, null, null, PartyManagement.MAX_LIST).stream().map(PartyView::name).toList());
		model.addAttribute("members",
				workspaces.members(m.workspace().id()).stream().filter(MemberView::active).toList());
		return "work/new-task";
	}

	/** The party the form names (any case), or null when it names none. */
	private @Nullable PartyId partyNamed(Membership m, @Nullable String name) {
		if (blank(name) == null) {
			return null;
		}
		return parties.list(m, null, name, PartyManagement.MAX_LIST)
			.stream()
			.filter(p -> p.name().equalsIgnoreCase(name.strip()))
			.findFirst()
			.map(PartyView::id)
			.orElseThrow(() -> new InvalidInputException("/party", "No such customer or carrier: " + name,
					"parties.error.noSuch"));
	}

	private static @Nullable MemberId assignee(@Nullable String id) {
		try {
			return blank(id) == null ? null : new MemberId(UUID.fromString(id.strip()));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("/assignee", "Choose a member", "newTask.error.assignee");
		}
	}

	/** A date and time typed in the person's time zone ({@code 2026-12-04T10:00}). */
	private static @Nullable Instant due(Membership m, @Nullable String due) {
		if (blank(due) == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(due.strip()).atZone(m.member().timeZone()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("/due", "Not a date and time", "newTask.error.due");
		}
	}

	private static List<String> tags(@Nullable String tags) {
		return tags == null ? List.of()
				: Arrays.stream(tags.split(","))
					.map(t -> t.strip().toLowerCase(Locale.ROOT))
					.filter(t -> !t.isEmpty())
					.distinct()
					.toList();
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
