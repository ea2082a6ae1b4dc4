package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.NotificationView;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's queue across all their workspaces. */
@RestController
class QueueController {

	private final WorkQueue work;

	private final AccessPolicy policy;

	QueueController(WorkQueue work, AccessPolicy policy) {
		this.work = work;
		this.policy = policy;
	}

	@Operation(summary = "The caller's unread in-app notifications (escalations) in a workspace")
	@GetMapping("/api/v1/workspaces/{slug}/notifications")
	List<NotificationView> notifications(@PathVariable String slug) {
		return work.notifications(policy.require(slug, Permission.WORK_VIEW));
	}

	@Operation(summary = "Marks one of the caller's in-app notifications as read")
	@PostMapping("/api/v1/workspaces/{slug}/notifications/{id}/read")
	ResponseEntity<Void> readNotification(@PathVariable String slug, @PathVariable long id) {
		work.markNotificationRead(policy.require(slug, Permission.WORK_VIEW), id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The caller's merged queue over every workspace they are granted, within each grant's scopes")
	@GetMapping("/api/v1/queue")
	Page<QueueRow> queue(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "false") boolean unassigned,
			@RequestParam(required = false) @Nullable Integer breachingWithinMinutes,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable Set<WorkStatus> status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return work.mergedQueue(
				WorkItemsController.filter(mine, unassigned, breachingWithinMinutes, type, tag, customer, status)
					.withParty(party),
				PageRequest.of(page, size));
	}

}
