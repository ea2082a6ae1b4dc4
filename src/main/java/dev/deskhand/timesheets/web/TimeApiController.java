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
import dev.deskhand.timesheets.internal.Weeks;
import dev.deskhand.work.WorkItemId;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's time entries and timer in a workspace, as JSON (problem+json on errors).
 */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}")
class TimeApiController {

	private final AccessPolicy policy;

	private final TimeTracking tracking;

	private final dev.deskhand.timesheets.Timesheets timesheets;

	private final Clock clock;

	TimeApiController(AccessPolicy policy, TimeTracking tracking, dev.deskhand.timesheets.Timesheets timesheets,
			Clock clock) {
		this.policy = policy;
		this.tracking = tracking;
		this.timesheets = timesheets;
		this.clock = clock;
	}

	/** A finished span; {@code billable} is true when left out. */
	record TimeEntryRequest(@Nullable Instant startedAt, @Nullable Instant endedAt, @Nullable UUID workItem,
			@Nullable Boolean billable, @Nullable String note) {

		NewTimeEntry entry() {
			if (startedAt == null) {
				throw new InvalidInputException("/startedAt", Text.of("time.error.required"));
			}
			if (endedAt == null) {
				throw new InvalidInputException("/endedAt", Text.of("time.error.required"));
			}
			return new NewTimeEntry(startedAt, endedAt, workItem == null ? null : new WorkItemId(workItem),
					billable == null || billable, note);
		}
	}

	/** A timer on a work item, or free with a note. */
	record TimerStartRequest(@Nullable UUID workItem, @Nullable String note) {
	}

	@Operation(summary = "The caller's entries of a week (default: this week), oldest first")
	@GetMapping("/time-entries")
	List<TimeEntryView> list(@PathVariable String slug, @RequestParam(required = false) @Nullable LocalDate week) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		LocalDate day = week != null ? week : Weeks.weekStart(clock.instant(), m.member().timeZone());
		return timesheets.week(m, null, day).entries();
	}

	@Operation(summary = "Records a finished span of the caller's time",
			description = "Refused (400) when it ends before it starts, lasts over 24 h, lies in the future, falls "
					+ "in a submitted or approved week or overlaps the caller's time in any workspace.")
	@PostMapping("/time-entries")
	ResponseEntity<TimeEntryView> add(@PathVariable String slug, @RequestBody TimeEntryRequest body) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		TimeEntryView e = tracking.addEntry(m, body.entry());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/time-entries/" + e.id())).body(e);
	}

	@GetMapping("/time-entries/{id}")
	TimeEntryView get(@PathVariable String slug, @PathVariable UUID id) {
		return tracking.entry(policy.require(slug, Permission.TIME_TRACK), new TimeEntryId(id));
	}

	@Operation(summary = "Changes a finished entry (times, billable, note); confirms a flagged one")
	@PutMapping("/time-entries/{id}")
	TimeEntryView update(@PathVariable String slug, @PathVariable UUID id, @RequestBody TimeEntryRequest body) {
		return tracking.updateEntry(policy.require(slug, Permission.TIME_TRACK), new TimeEntryId(id), body.entry());
	}

	@Operation(summary = "Confirms the end Deskhand gave a timer left running")
	@PostMapping("/time-entries/{id}/confirmation")
	TimeEntryView confirm(@PathVariable String slug, @PathVariable UUID id) {
		return tracking.confirmEntry(policy.require(slug, Permission.TIME_TRACK), new TimeEntryId(id));
	}

	@DeleteMapping("/time-entries/{id}")
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable UUID id) {
		tracking.deleteEntry(policy.require(slug, Permission.TIME_TRACK), new TimeEntryId(id));
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The caller's running timer, in whatever workspace (204 when none runs)")
	@GetMapping("/timer")
	ResponseEntity<TimeEntryView> timer(@PathVariable String slug) {
		policy.require(slug, Permission.TIME_TRACK);
		return tracking.runningTimer()
			.map(t -> ResponseEntity.ok(t.entry()))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@Operation(summary = "Starts the caller's timer here; a timer running anywhere else stops")
	@PostMapping("/timer")
	ResponseEntity<TimeEntryView> start(@PathVariable String slug,
			@RequestBody(required = false) @Nullable TimerStartRequest body) {
		Membership m = policy.require(slug, Permission.TIME_TRACK);
		TimeEntryView e = tracking.startTimer(m,
				body == null || body.workItem() == null ? null : new WorkItemId(body.workItem()),
				body == null ? null : body.note());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/time-entries/" + e.id())).body(e);
	}

	@Operation(summary = "Stops the caller's running timer (204 when none runs)")
	@DeleteMapping("/timer")
	ResponseEntity<TimeEntryView> stop(@PathVariable String slug) {
		policy.require(slug, Permission.TIME_TRACK);
		return tracking.stopTimer().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

}
