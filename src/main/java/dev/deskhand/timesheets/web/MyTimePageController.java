package dev.deskhand.timesheets.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.timesheets.TimeEntryView;
import dev.deskhand.timesheets.TimeTracking;
import dev.deskhand.timesheets.Timesheets;
import dev.deskhand.timesheets.WeekView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person's own time across workspaces: the running timer, entries waiting for review,
 * this week in every workspace they track time in, and weeks not yet submitted.
 */
@Controller
class MyTimePageController {

	private final AccessPolicy policy;

	private final Timesheets timesheets;

	private final TimeTracking tracking;

	private final Clock clock;

	MyTimePageController(AccessPolicy policy, Timesheets timesheets, TimeTracking tracking, Clock clock) {
		this.policy = policy;
		this.timesheets = timesheets;
		this.tracking = tracking;
		this.clock = clock;
	}

	/** A workspace's current week and the caller's unsubmitted weeks there. */
	record TimeSpace(Membership membership, WeekView week, List<LocalDate> unsubmitted) {
	}

	@GetMapping("/time")
	String mine(Model model) {
		policy.requireCaller();
		List<TimeSpace> spaces = policy.memberships(Permission.TIME_TRACK).stream().map(m -> {
			LocalDate today = clock.instant().atZone(m.member().timeZone()).toLocalDate();
			return new TimeSpace(m, timesheets.week(m, null, today), timesheets.unsubmitted(m));
		}).toList();
		Map<String, String> slugs = spaces.stream()
			.collect(Collectors.toMap(s -> s.membership().workspace().id().toString(),
					s -> s.membership().workspace().slug(), (a, b) -> a));
		List<TimeEntryView> flagged = tracking.flagged();
		model.addAttribute("spaces", spaces);
		model.addAttribute("flagged", flagged);
		model.addAttribute("slugs", slugs);
		model.addAttribute("totalMinutes", spaces.stream().mapToLong(s -> s.week().totalMinutes()).sum());
		return "timesheets/mine";
	}

}
