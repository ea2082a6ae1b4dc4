package dev.deskhand.timesheets.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.timesheets.SubmittedWeek;
import dev.deskhand.timesheets.TimesheetStatus;
import dev.deskhand.timesheets.Timesheets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Managers' approvals: the weeks waiting for a decision (each opens the member's week,
 * where it is approved or sent back) and the latest approved ones (to reopen).
 */
@Controller
class ApprovalsPageController {

	private final AccessPolicy policy;

	private final Timesheets timesheets;

	ApprovalsPageController(AccessPolicy policy, Timesheets timesheets) {
		this.policy = policy;
		this.timesheets = timesheets;
	}

	@GetMapping("/w/{slug}/time/approvals")
	String approvals(@PathVariable String slug, Model model) {
		Membership m = policy.require(slug, Permission.TIME_APPROVE);
		List<SubmittedWeek> approved = timesheets.weeks(m, TimesheetStatus.APPROVED);
		model.addAttribute("ws", m.workspace());
		model.addAttribute("membership", m);
		model.addAttribute("submitted", timesheets.weeks(m, TimesheetStatus.SUBMITTED));
		model.addAttribute("approved", approved.reversed().stream().limit(20).toList());
		return "timesheets/approvals";
	}

}
