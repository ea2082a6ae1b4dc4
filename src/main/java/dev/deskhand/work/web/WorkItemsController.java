package dev.deskhand.work.web;

import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.ChecklistView;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.Priority;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.QueueRow;
import dev.deskhand.work.TimelineEntry;
import dev.deskhand.work.WorkItemChange;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Work items of a workspace: the queue, creating, reading with timeline, changing. */
@RestController
@RequestMapping("/api/v1/workspaces/{slug}/work-items")
class WorkItemsController {

	private final AccessPolicy policy;

	private final WorkQueue work;

	WorkItemsController(AccessPolicy policy, WorkQueue work) {
		this.policy = policy;
		this.work = work;
	}

	@Operation(summary = "The workspace's queue, most urgent first",
			description = "Breached items first, then by nearest SLA due. Without status, only items not yet done.")
	@GetMapping
	Page<QueueRow> list(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(defaultValue = "false") boolean unassigned,
			@RequestParam(required = false) @Nullable Integer breachingWithinMinutes,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String customer,
			@RequestParam(required = false) @Nullable String party,
			@RequestParam(required = false) @Nullable Set<WorkStatus> status,
			@Parameter(
					description = "Only items the assistant read as this intent, e.g. shipment_status") @RequestParam(
							required = false) @Nullable String intent,
			@Parameter(description = "Only items whose e-mail is in this language: da, de, en or other") @RequestParam(
					required = false) @Nullable String language,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		return work.queue(m,
				filter(mine, unassigned, breachingWithinMinutes, type, tag, customer, status).withParty(party)
					.withTriage(intent, language),
				PageRequest.of(page, size));
	}

	static QueueFilter filter(boolean mine, boolean unassigned, @Nullable Integer breachingWithinMinutes,
			@Nullable String type, @Nullable String tag, @Nullable String customer, @Nullable Set<WorkStatus> status) {
		return new QueueFilter(mine, unassigned,
				breachingWithinMinutes == null ? null : Duration.ofMinutes(breachingWithinMinutes), blank(type),
				blank(tag), blank(customer), status == null ? Set.of() : status);
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@PostMapping
	ResponseEntity<WorkItemView> create(@PathVariable String slug, @RequestBody NewItemRequest r) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		WorkItemView item = work.create(m,
				new NewWorkItem(r.type(), r.title(), r.priority(),
						r.assignee() == null ? null : new MemberId(r.assignee()), r.due(), r.tags(), r.customer(),
						r.scope(), r.links()));
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + slug + "/work-items/" + item.id())).body(item);
	}

	@Operation(summary = "An item with its timeline, SOP and checklist; records the view")
	@GetMapping("/{id}")
	ItemResponse get(@PathVariable String slug, @PathVariable UUID id) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		WorkItemId item = new WorkItemId(id);
		return new ItemResponse(work.item(m, item), work.timeline(m, item), work.checklist(m, item));
	}

	@Operation(summary = "Change status, priority, type, assignee, due or tags",
			description = "Only given fields change. assignee null with unassign=true removes the assignee.")
	@PatchMapping("/{id}")
	WorkItemView patch(@PathVariable String slug, @PathVariable UUID id, @RequestBody PatchRequest r) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		return work.update(m, new WorkItemId(id),
				new WorkItemChange(r.status(), r.priority(), r.type(),
						r.assignee() == null ? null : new MemberId(r.assignee()), Boolean.TRUE.equals(r.unassign()),
						r.due(), Boolean.TRUE.equals(r.clearDue()), r.tags()));
	}

	@Operation(summary = "Assign round-robin to a member working now who sees the item")
	@PostMapping("/{id}/auto-assign")
	WorkItemView autoAssign(@PathVariable String slug, @PathVariable UUID id) {
		Membership m = policy.require(slug, Permission.WORK_VIEW);
		work.autoAssign(m, new WorkItemId(id));
		return work.item(m, new WorkItemId(id));
	}

	@PostMapping("/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	void note(@PathVariable String slug, @PathVariable UUID id, @RequestBody TextRequest r) {
		work.addNote(policy.require(slug, Permission.WORK_VIEW), new WorkItemId(id), r.text());
	}

	@Operation(summary = "Log a phone call; it counts as a response for the SLA")
	@PostMapping("/{id}/calls")
	@ResponseStatus(HttpStatus.CREATED)
	void call(@PathVariable String slug, @PathVariable UUID id, @RequestBody TextRequest r) {
		work.logCall(policy.require(slug, Permission.WORK_VIEW), new WorkItemId(id), r.text());
	}

	@Operation(summary = "Log a chat message (WhatsApp, Slack, ... text pasted in)")
	@PostMapping("/{id}/chats")
	@ResponseStatus(HttpStatus.CREATED)
	void chat(@PathVariable String slug, @PathVariable UUID id, @RequestBody ChatRequest r) {
		work.logChat(policy.require(slug, Permission.WORK_VIEW), new WorkItemId(id), r.channel(), r.text());
	}

	@Operation(summary = "Tick a point of the SOP checklist (index from 0)")
	@PostMapping("/{id}/checklist/{index}")
	ChecklistView tick(@PathVariable String slug, @PathVariable UUID id, @PathVariable int index) {
		return work.tick(policy.require(slug, Permission.WORK_VIEW), new WorkItemId(id), index);
	}

	@Operation(summary = "A saved reply filled in for this item")
	@GetMapping("/{id}/saved-replies/{reply}")
	RenderedReply render(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID reply) {
		return new RenderedReply(
				work.renderReply(policy.require(slug, Permission.WORK_VIEW), new WorkItemId(id), reply));
	}

	record NewItemRequest(String type, String title, @Nullable Priority priority, @Nullable UUID assignee,
			@Nullable Instant due, @Nullable List<String> tags, @Nullable String customer, @Nullable String scope,
			@Nullable List<String> links) {
	}

	record PatchRequest(@Nullable WorkStatus status, @Nullable Priority priority, @Nullable String type,
			@Nullable UUID assignee, @Nullable Boolean unassign, @Nullable Instant due, @Nullable Boolean clearDue,
			@Nullable List<String> tags) {
	}

	record TextRequest(String text) {
	}

	record ChatRequest(String channel, String text) {
	}

	record RenderedReply(String text) {
	}

	@Operation(summary = "Take back the tick of a point of the SOP checklist (index from 0)")
	@DeleteMapping("/{id}/checklist/{index}")
	ChecklistView untick(@PathVariable String slug, @PathVariable UUID id, @PathVariable int index) {
		return work.untick(policy.require(slug, Permission.WORK_VIEW), new WorkItemId(id), index);
	}

	record ItemResponse(WorkItemView item, List<TimelineEntry> timeline, ChecklistView checklist) {
	}

}
