package dev.deskhand.timesheets.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.timesheets.SubmittedWeek;
import dev.deskhand.timesheets.TimesheetStatus;
import dev.deskhand.timesheets.Timesheets;
import dev.deskhand.timesheets.WeekView;
import dev.deskhand.workspace.MemberId;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Weekly timesheets: the caller's weeks, submitting, and managers' decisions. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/timesheets")
class TimesheetApiController {

	private final AccessPolicy policy;

	private final Timesheets timesheets;

	TimesheetApiController(AccessPolicy policy, Timesheets timesheets) {
		this.policy = policy;
		this.timesheets = timesheets;
	}

	/** A manager's comment (rejection) or reason (reopen). */
	record TimesheetComment(@Nullable String comment) {
	}

	@Operation(summary = "Weeks in a status (default SUBMITTED: waiting for a decision); managers only")
	@GetMapping
	List<SubmittedWeek> list(@PathVariable String slug,
			@RequestParam(defaultValue = "SUBMITTED") TimesheetStatus status) {
		return timesheets.weeks(policy.require(slug, Permission.TIME_APPROVE), status);
	}

	@Operation(summary = "The week containing the date, the caller's or (managers) a member's")
	@GetMapping("/{week}")
	WeekView week(@PathVariable String slug, @PathVariable LocalDate week,
			@RequestParam(required = false) @Nullable UUID member) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		return timesheets.week(m, member == null ? null : new MemberId(member), week);
	}

	@Operation(summary = "Submits the caller's week: its entries are locked until a decision")
	@PostMapping("/{week}/submission")
	WeekView submit(@PathVariable String slug, @PathVariable LocalDate week) {
		return timesheets.submit(policy.require(slug, Permission.TIME_TRACK), week);
	}

	@PostMapping("/{week}/members/{member}/approval")
	WeekView approve(@PathVariable String slug, @PathVariable LocalDate week, @PathVariable UUID member) {
		return timesheets.approve(policy.require(slug, Permission.TIME_APPROVE), new MemberId(member), week);
	}

	@PostMapping("/{week}/members/{member}/rejection")
	WeekView reject(@PathVariable String slug, @PathVariable LocalDate week, @PathVariable UUID member,
			@RequestBody(required = false) @Nullable TimesheetComment body) {
		return timesheets.reject(policy.require(slug, Permission.TIME_APPROVE), new MemberId(member), week,
				body == null ? null : body.comment());
	}

	@Operation(summary = "Reopens an approved week with a reason (audited); it is no longer billed")
	@PostMapping("/{week}/members/{member}/reopening")
	WeekView reopen(@PathVariable String slug, @PathVariable LocalDate week, @PathVariable UUID member,
			@RequestBody(required = false) @Nullable TimesheetComment body) {
		return timesheets.reopen(policy.require(slug, Permission.TIME_APPROVE), new MemberId(member), week,
				body == null ? null : body.comment());
	}

}
