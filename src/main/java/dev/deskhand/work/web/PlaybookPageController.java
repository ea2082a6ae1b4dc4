package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.work.NewRecurringTask;
import dev.deskhand.work.NewSlaPolicy;
import dev.deskhand.work.NewSop;
import dev.deskhand.work.Priority;
import dev.deskhand.work.SopView;
import dev.deskhand.work.WorkAssistant;
import dev.deskhand.work.WorkSetup;
import dev.deskhand.work.internal.Markdown;
import dev.deskhand.work.internal.SavedReplies;
import dev.deskhand.work.internal.SettingsChecks;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace's playbook: SOPs with their checklists, saved replies, SLA policies and
 * recurring tasks. Everyone who works the queue reads it; owners and managers change it.
 */
@Controller
class PlaybookPageController {

	private final AccessPolicy policy;

	private final WorkSetup setup;

	private final MessageSource messages;

	private final Markdown markdown;

	private final WorkAssistant assistant;

	PlaybookPageController(AccessPolicy policy, WorkSetup setup, MessageSource messages, Markdown markdown,
			WorkAssistant assistant) {
		this.assistant = assistant;
		this.markdown = markdown;
		this.messages = messages;
		this.policy = policy;
		this.setup = setup;
	}

	@GetMapping("/w/{slug}/playbook")
	String show(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("canManage", m.can(Permission.WORK_MANAGE));
		var sops = setup.sops(m);
		model.addAttribute("sops", sops);
		model.addAttribute("sopHtml",
				sops.stream().collect(Collectors.toMap(SopView::type, s -> markdown.html(s.markdown()), (a, b) -> a)));
		// each SOP's checklist as the edit form's text: one point per line
		model.addAttribute("sopChecklists", sops.stream()
			.collect(Collectors.toMap(SopView::type, s -> String.join("\n", s.checklist()), (a, b) -> a)));
		model.addAttribute("replies", setup.savedReplies(m));
		// intent code -> work type, in the intents' order
		Map<String, String> intentTypes = new LinkedHashMap<>();
		assistant.intentTypes(m).forEach((intent, type) -> intentTypes.put(intent.code(), type));
		model.addAttribute("intentTypes", intentTypes);
		int dayMinutes = SlaTargets.dayMinutes(setup.calendar(m));
		model.addAttribute("policies", SlaTargets.rows(setup.slaPolicies(m), dayMinutes));
		model.addAttribute("dayHours", dayMinutes % 60 == 0 ? String.valueOf(dayMinutes / 60)
				: String.format(LocaleContextHolder.getLocale(), "%.1f", dayMinutes / 60.0));
		var tasks = setup.recurringTasks(m);
		model.addAttribute("tasks", tasks);
		Map<String, String> schedules = new HashMap<>();
		tasks.forEach(t -> {
			String words = SchedulePicker.describe(t.schedule(), messages, LocaleContextHolder.getLocale());
			if (words != null) {
				schedules.put(t.schedule(), words);
			}
		});
		model.addAttribute("scheduleWords", schedules);
		Map<String, String> weekdays = new LinkedHashMap<>();
		for (DayOfWeek d : DayOfWeek.values()) {
			weekdays.put(d.name(), d.getDisplayName(TextStyle.FULL, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("weekdays", weekdays);
		return "work/playbook";
	}

	@PostMapping("/w/{slug}/playbook/sops")
	String publishSop(@PathVariable String slug, @RequestParam String type, @RequestParam String markdown,
			@RequestParam(defaultValue = "") String checklist, @RequestParam(defaultValue = "false") boolean required,
			RedirectAttributes flash) {
		return act(slug, flash,
				m -> setup.publishSop(m, new NewSop(type, markdown,
						Arrays.stream(checklist.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
						required)));
	}

	@PostMapping("/w/{slug}/playbook/saved-replies")
	String addReply(@PathVariable String slug, @RequestParam String language, @RequestParam String name,
			@RequestParam String body, RedirectAttributes flash) {
		if (unknownPlaceholder(slug, body, flash)) {
			return "redirect:/w/" + slug + "/playbook#saved-replies";
		}
		return act(slug, flash, m -> setup.addSavedReply(m, language, name, body));
	}

	@PostMapping("/w/{slug}/playbook/saved-replies/{id}")
	String updateReply(@PathVariable String slug, @PathVariable UUID id, @RequestParam String language,
			@RequestParam String name, @RequestParam String body, RedirectAttributes flash) {
		if (unknownPlaceholder(slug, body, flash)) {
			return "redirect:/w/" + slug + "/playbook#saved-replies";
		}
		return act(slug, flash, m -> setup.updateSavedReply(m, id, language, name, body));
	}

	/**
	 * Whether the text uses a placeholder Deskhand does not fill; if so, says which, in
	 * the reader's language (the facade refuses it too, in English).
	 */
	private boolean unknownPlaceholder(String slug, String body, RedirectAttributes flash) {
		policy.require(slug, Permission.WORK_MANAGE);
		List<String> unknown = SavedReplies.unknownPlaceholders(body);
		if (unknown.isEmpty()) {
			return false;
		}
		flash.addFlashAttribute("error",
				messages.getMessage("playbook.error.placeholder", new Object[] { "{{" + unknown.getFirst() + "}}",
						SavedReplies.KNOWN.stream().map(k -> "{{" + k + "}}").collect(Collectors.joining(", ")) },
						LocaleContextHolder.getLocale()));
		return true;
	}

	@PostMapping("/w/{slug}/playbook/saved-replies/{id}/delete")
	String deleteReply(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, flash, m -> setup.deleteSavedReply(m, id));
	}

	@PostMapping("/w/{slug}/playbook/sla-policies")
	String addPolicy(@PathVariable String slug, @RequestParam String name,
			@RequestParam(required = false) @Nullable Priority priority,
			@RequestParam(required = false) @Nullable String type, PolicyTargets targets,
			@RequestParam(defaultValue = "0.8") double warnShare, RedirectAttributes flash) {
		return act(slug, flash, m -> setup.addSlaPolicy(m,
				targets.policy(name, priority, type, warnShare, SlaTargets.dayMinutes(setup.calendar(m)))));
	}

	@PostMapping("/w/{slug}/playbook/sla-policies/{id}")
	String updatePolicy(@PathVariable String slug, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(required = false) @Nullable Priority priority,
			@RequestParam(required = false) @Nullable String type, PolicyTargets targets,
			@RequestParam(defaultValue = "0.8") double warnShare, RedirectAttributes flash) {
		return act(slug, flash, m -> setup.updateSlaPolicy(m, id,
				targets.policy(name, priority, type, warnShare, SlaTargets.dayMinutes(setup.calendar(m)))));
	}

	/** Moves a policy one place up (tried earlier) or down. */
	@PostMapping("/w/{slug}/playbook/sla-policies/{id}/move")
	String movePolicy(@PathVariable String slug, @PathVariable UUID id, @RequestParam String direction,
			RedirectAttributes flash) {
		return act(slug, flash, m -> setup.moveSlaPolicy(m, id, "up".equals(direction)));
	}

	/**
	 * A policy form's targets: an amount and a unit (minutes, hours, working days) each.
	 */
	record PolicyTargets(@Nullable Integer firstResponse, @Nullable String firstResponseUnit,
			@Nullable Integer nextResponse, @Nullable String nextResponseUnit, @Nullable Integer resolution,
			@Nullable String resolutionUnit) {

		NewSlaPolicy policy(String name, @Nullable Priority priority, @Nullable String type, double warnShare,
				int dayMinutes) {
			return new NewSlaPolicy(null, name, priority, type == null || type.isBlank() ? null : type.strip(),
					SlaTargets.minutes("/firstResponseMinutes", firstResponse, firstResponseUnit, dayMinutes),
					SlaTargets.minutes("/nextResponseMinutes", nextResponse, nextResponseUnit, dayMinutes),
					SlaTargets.minutes("/resolutionMinutes", resolution, resolutionUnit, dayMinutes), warnShare);
		}

	}

	@PostMapping("/w/{slug}/playbook/sla-policies/{id}/delete")
	String deletePolicy(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, flash, m -> setup.deleteSlaPolicy(m, id));
	}

	/**
	 * Adds a recurring task from the schedule picker (every weekday, every day, weekly,
	 * monthly, each at a time) or, as the advanced choice, a cron expression.
	 */
	@PostMapping("/w/{slug}/playbook/recurring-tasks")
	String addTask(@PathVariable String slug, @RequestParam(defaultValue = "CRON") SchedulePicker.Frequency frequency,
			@RequestParam(required = false) @Nullable String time,
			@RequestParam(required = false) @Nullable DayOfWeek weekday,
			@RequestParam(required = false) @Nullable Integer monthDay,
			@RequestParam(required = false) @Nullable String schedule, @RequestParam String type,
			@RequestParam String title, RedirectAttributes flash) {
		policy.require(slug, Permission.WORK_MANAGE);
		String cron;
		try {
			cron = SchedulePicker.cron(frequency, time, weekday, monthDay, schedule);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
			return "redirect:/w/" + slug + "/playbook#recurring-tasks";
		}
		String problem = SettingsChecks.scheduleProblem(cron);
		if (problem != null) {
			flash.addFlashAttribute("error", messages.getMessage(problem, null, LocaleContextHolder.getLocale()));
			return "redirect:/w/" + slug + "/playbook#recurring-tasks";
		}
		return act(slug, flash,
				m -> setup.addRecurringTask(m, new NewRecurringTask(cron, null, type, title, Priority.NORMAL, null)));
	}

	@PostMapping("/w/{slug}/playbook/recurring-tasks/{id}/stop")
	String stopTask(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		return act(slug, flash, m -> setup.stopRecurringTask(m, id));
	}

	/**
	 * Changes need WORK_MANAGE; the facade checks it again. Bad input comes back as a
	 * message.
	 */
	private String act(String slug, RedirectAttributes flash, Consumer<Membership> change) {
		Membership m = policy.require(slug, Permission.WORK_MANAGE);
		try {
			change.accept(m);
			flash.addFlashAttribute("ok", "item.saved");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/playbook";
	}

}
