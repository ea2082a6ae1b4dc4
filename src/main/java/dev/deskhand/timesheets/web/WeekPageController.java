package dev.deskhand.timesheets.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.timesheets.NewTimeEntry;
import dev.deskhand.timesheets.TimeEntryId;
import dev.deskhand.timesheets.TimeEntryView;
import dev.deskhand.timesheets.TimeTracking;
import dev.deskhand.timesheets.Timesheets;
import dev.deskhand.timesheets.WeekView;
import dev.deskhand.timesheets.internal.Weeks;
import dev.deskhand.workspace.MemberId;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's week in a workspace: entries by day in the member's zone with totals and a
 * chart, the form to add or correct an entry, submitting; for managers the decision.
 * Invalid input shows the page again with the reason and the form as it was sent.
 */
@Controller
class WeekPageController {

	private final AccessPolicy policy;

	private final Timesheets timesheets;

	private final TimeTracking tracking;

	private final WeekModel weekModel;

	private final Clock clock;

	WeekPageController(AccessPolicy policy, Timesheets timesheets, TimeTracking tracking, WeekModel weekModel,
			Clock clock) {
		this.policy = policy;
		this.timesheets = timesheets;
		this.tracking = tracking;
		this.weekModel = weekModel;
		this.clock = clock;
	}

	/** The entry form as sent (or filled from an entry). */
	record TimeEntryForm(@Nullable String id, String day, String from, String to, String note, boolean billable) {
	}

	@GetMapping("/w/{slug}/time")
	String week(@PathVariable String slug, @RequestParam(required = false) @Nullable LocalDate week,
			@RequestParam(required = false) @Nullable UUID member, @RequestParam(required = false) @Nullable UUID edit,
			Model model) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		WeekView w = timesheets.week(m, member == null ? null : new MemberId(member), day(m, week));
		TimeEntryForm form = null;
		if (edit != null && w.member().equals(m.member().id())) {
			TimeEntryView e = tracking.entry(m, new TimeEntryId(edit));
			form = new TimeEntryForm(e.id().toString(), e.startedAt().atZone(w.zone()).toLocalDate().toString(),
					WeekModel.clock(e.startedAt(), w.zone()), WeekModel.clock(e.endedAt(), w.zone()), e.note(),
					e.billable());
		}
		return weekModel.page(m, w, form, null, model);
	}

	@PostMapping({ "/w/{slug}/time/entries", "/w/{slug}/time/entries/{id}" })
	String save(@PathVariable String slug, @PathVariable(required = false) @Nullable UUID id,
			@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean billable, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		TimeEntryForm form = new TimeEntryForm(id == null ? null : id.toString(), day, from, to, note, billable);
		ZoneId zone = m.member().timeZone();
		try {
			LocalDate d = parseDay(day);
			NewTimeEntry n = new NewTimeEntry(d.atTime(parseTime(from, "/startedAt")).atZone(zone).toInstant(),
					d.atTime(parseTime(to, "/endedAt")).atZone(zone).toInstant(), null, billable, note);
			if (id == null) {
				tracking.addEntry(m, n);
			}
			else {
				tracking.updateEntry(m, new TimeEntryId(id), n);
			}
			flash.addFlashAttribute("ok", "time.saved");
			return "redirect:/w/" + slug + "/time?week=" + Weeks.monday(d);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			LocalDate shown = day.matches("\\d{4}-\\d\\d-\\d\\d") ? LocalDate.parse(day) : day(m, null);
			return weekModel.page(m, timesheets.week(m, null, shown), form, e.text(), model);
		}
	}

	@PostMapping("/w/{slug}/time/entries/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		TimeEntryView e = tracking.entry(m, new TimeEntryId(id));
		return act(slug, e.weekStart(), flash, "time.deleted", () -> tracking.deleteEntry(m, e.id()));
	}

	@PostMapping("/w/{slug}/time/entries/{id}/confirm")
	String confirm(@PathVariable String slug, @PathVariable UUID id, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		TimeEntryView e = tracking.entry(m, new TimeEntryId(id));
		return act(slug, e.weekStart(), flash, "time.confirmed", () -> tracking.confirmEntry(m, e.id()));
	}

	@PostMapping("/w/{slug}/time/weeks/{week}/submit")
	String submit(@PathVariable String slug, @PathVariable LocalDate week, RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		return act(slug, Weeks.monday(week), flash, "time.submitted", () -> timesheets.submit(m, week));
	}

	@PostMapping("/w/{slug}/time/weeks/{week}/members/{member}/{decision:approve|reject|reopen}")
	String decide(@PathVariable String slug, @PathVariable LocalDate week, @PathVariable UUID member,
			@PathVariable String decision, @RequestParam(required = false) @Nullable String comment,
			RedirectAttributes flash) {
		Membership m = policy.require(slug, Permission.TIME_APPROVE);
		MemberId who = new MemberId(member);
		String target = act(slug, Weeks.monday(week), flash, "time.decided." + decision, () -> {
			switch (decision) {
				case "approve" -> timesheets.approve(m, who, week);
				case "reject" -> timesheets.reject(m, who, week, comment);
				default -> timesheets.reopen(m, who, week, comment);
			}
		});
		return target + "&member=" + member;
	}

	private String act(String slug, LocalDate week, RedirectAttributes flash, String ok, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("ok", ok);
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.text());
		}
		return "redirect:/w/" + slug + "/time?week=" + week;
	}

	private LocalDate day(Membership m, @Nullable LocalDate week) {
		return week != null ? week : Weeks.weekStart(clock.instant(), m.member().timeZone());
	}

	private static LocalDate parseDay(String day) {
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("/day", Text.of("time.error.day"));
		}
	}

	private static LocalTime parseTime(String time, String field) {
		try {
			return LocalTime.parse(time.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, Text.of("time.error.time"));
		}
	}

}
