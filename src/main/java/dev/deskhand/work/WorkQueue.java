package dev.deskhand.work;

import dev.deskhand.shared.Text;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Page;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.work.internal.Actor;
import dev.deskhand.work.internal.AutoAssign;
import dev.deskhand.work.internal.Draft;
import dev.deskhand.work.internal.Inputs;
import dev.deskhand.work.internal.ItemAccess;
import dev.deskhand.work.internal.ItemChanges;
import dev.deskhand.work.internal.ItemLifecycle;
import dev.deskhand.work.internal.Notifications;
import dev.deskhand.work.internal.QueueQueries;
import dev.deskhand.work.internal.SavedReplies;
import dev.deskhand.work.internal.Timeline;
import dev.deskhand.work.internal.WorkItem;
import dev.deskhand.work.internal.WorkProperties;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work module's facade for work items and queues. Callers pass the {@link Membership}
 * that {@code AccessPolicy.require} gave them; every method checks
 * {@link Permission#WORK_VIEW} and the caller's scopes (an item outside them answers
 * {@link NotFoundException}). Every change appends to the item's timeline and publishes
 * an {@code AuditableChange} in its transaction.
 */
@Service
@Transactional
public class WorkQueue {

	private final ItemAccess access;

	private final ItemLifecycle lifecycle;

	private final ItemChanges changes;

	private final AutoAssign autoAssign;

	private final Timeline timeline;

	private final QueueQueries queues;

	private final Notifications notifications;

	private final WorkSetup setup;

	private final AccessPolicy policy;

	private final WorkProperties properties;

	private final Clock clock;

	private final InboxManagement inbox;

	WorkQueue(ItemAccess access, ItemLifecycle lifecycle, ItemChanges changes, AutoAssign autoAssign, Timeline timeline,
			QueueQueries queues, Notifications notifications, WorkSetup setup, AccessPolicy policy,
			WorkProperties properties, Clock clock, InboxManagement inbox) {
		this.inbox = inbox;
		this.access = access;
		this.lifecycle = lifecycle;
		this.changes = changes;
		this.autoAssign = autoAssign;
		this.timeline = timeline;
		this.queues = queues;
		this.notifications = notifications;
		this.setup = setup;
		this.policy = policy;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Creates a manual item. The SLA policy that matches first starts its clock.
	 * @throws InvalidInputException for {@code /type}, {@code /title}, {@code /tags},
	 * {@code /links}, {@code /scope} or {@code /assignee}
	 */
	public WorkItemView create(Membership m, NewWorkItem n) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		PartyView party = access.party(m, n.party());
		// a customer's item is filed under its scope, so members scoped to it see it
		String scope = access.scopeFor(m, party != null && party.scope() != null ? party.scope() : n.scope());
		MemberView assignee = n.assignee() == null ? null : access.assignee(m, n.assignee(), scope);
		Draft draft = new Draft(Inputs.type("/type", n.type()), Inputs.text("/title", n.title(), 300),
				n.priority() == null ? Priority.NORMAL : n.priority(), assignee == null ? null : assignee.id(),
				assignee == null ? null : assignee.displayName(), n.due(), Inputs.tags(n.tags()),
				Inputs.links(n.links()),
				Inputs.optional("/customer", n.customer() == null && party != null ? party.name() : n.customer(), 200),
				null, null, null, WorkSource.MANUAL, scope);
		return lifecycle.create(m.workspace().id(), Actor.of(m), draft, party, now()).orElseThrow().view();
	}

	/**
	 * Creates a manual task as {@link #create} does, with its description (if any) as the
	 * first note on its timeline, in one transaction.
	 */
	public WorkItemView createTask(Membership m, NewWorkItem n, @Nullable String description) {
		WorkItemView item = create(m, n);
		if (description != null && !description.isBlank()) {
			addNote(m, item.id(), description.strip());
		}
		return item;
	}

	/**
	 * The item; records that the caller viewed it (once per member within a few minutes).
	 */
	public WorkItemView item(Membership m, WorkItemId id) {
		WorkItem item = access.visible(m, id);
		Instant now = now();
		if (!changes.viewedRecently(item, m, now, properties.viewedWindow())) {
			timeline.append(id, now, Actor.of(m), TimelineKind.VIEWED, Map.of());
		}
		return item.view();
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(Membership m, WorkItemId id) {
		access.visible(m, id);
		return timeline.of(id);
	}

	/**
	 * Applies the change's non-null fields in one transaction.
	 * @throws InvalidInputException for {@code /status} when resolving with an incomplete
	 * required checklist, or a bad field
	 */
	public WorkItemView update(Membership m, WorkItemId id, WorkItemChange change) {
		WorkItem item = access.visible(m, id);
		changes.apply(m, item, change, now());
		return item.view();
	}

	public WorkItemView changeStatus(Membership m, WorkItemId id, WorkStatus status) {
		return update(m, id, WorkItemChange.status(status));
	}

	/** Resolves the item; refused while its SOP requires an incomplete checklist. */
	public WorkItemView resolve(Membership m, WorkItemId id) {
		return changeStatus(m, id, WorkStatus.RESOLVED);
	}

	/** Assigns the item to a member, or unassigns it ({@code member} null). */
	public WorkItemView assign(Membership m, WorkItemId id, @Nullable MemberId member) {
		return update(m, id, new WorkItemChange(null, null, null, member, member == null, null, false, null));
	}

	/**
	 * Assigns round-robin among members working now who see the item; empty (and said on
	 * the timeline) when nobody is.
	 */
	public Optional<MemberId> autoAssign(Membership m, WorkItemId id) {
		WorkItem item = access.visible(m, id);
		return autoAssign.assign(item, Actor.of(m), now()).map(MemberView::id);
	}

	public void addNote(Membership m, WorkItemId id, String text) {
		changes.note(m, access.visible(m, id), TimelineKind.NOTE, Map.of("text", Inputs.text("/text", text, 10000)),
				now());
	}

	/** A phone call with the customer; it counts as a response for the SLA. */
	public void logCall(Membership m, WorkItemId id, String summary) {
		WorkItem item = access.visible(m, id);
		lifecycle.responded(item, Actor.of(m), TimelineKind.CALL_LOGGED,
				Map.of("text", Inputs.text("/text", summary, 10000)), now());
	}

	/**
	 * A chat message (WhatsApp, Slack, ...) pasted onto the item.
	 * @param channel e.g. {@code whatsapp}, {@code slack}
	 */
	public void logChat(Membership m, WorkItemId id, String channel, String text) {
		changes.note(m, access.visible(m, id), TimelineKind.CHAT_LOGGED,
				Map.of("channel", Inputs.type("/channel", channel), "text", Inputs.text("/text", text, 20000)), now());
	}

	/**
	 * Answers the item's e-mail conversation: the inbox queues the reply (with the
	 * author's signature and the threading headers) and the timeline records it, in one
	 * transaction, so a reply is never sent without its record nor recorded without being
	 * sent.
	 * @throws InvalidInputException for {@code /body}, or {@code /conversation} when the
	 * item has no e-mail conversation
	 */
	public OutgoingId reply(Membership m, WorkItemId id, String body) {
		var conversation = access.visible(m, id).view().conversation();
		if (conversation == null) {
			throw new InvalidInputException("/conversation", Text.of("input.noConversation"));
		}
		OutgoingId outgoing = inbox.queueReply(m, conversation, body, List.of(), false);
		recordReply(m, id, outgoing);
		return outgoing;
	}

	/** The reply queued from this item; the SLA is met when the inbox reports it sent. */
	public void recordReply(Membership m, WorkItemId id, OutgoingId outgoing) {
		changes.note(m, access.visible(m, id), TimelineKind.REPLY_QUEUED, Map.of("outgoing", outgoing.toString()),
				now());
	}

	@Transactional(readOnly = true)
	public ChecklistView checklist(Membership m, WorkItemId id) {
		return changes.checklist(access.visible(m, id));
	}

	/**
	 * Ticks a point of the SOP checklist (counted from 0); ticking twice changes nothing.
	 * @throws InvalidInputException for {@code /index} when there is no such point
	 */
	public ChecklistView tick(Membership m, WorkItemId id, int index) {
		return changes.tick(m, access.visible(m, id), index, now());
	}

	/**
	 * Takes back the tick of a checklist point (counted from 0); unticking an open point
	 * changes nothing.
	 * @throws InvalidInputException for {@code /index} when there is no such point
	 */
	public ChecklistView untick(Membership m, WorkItemId id, int index) {
		return changes.untick(m, access.visible(m, id), index, now());
	}

	/** A saved reply with its placeholders filled from the item and the caller. */
	@Transactional(readOnly = true)
	public String renderReply(Membership m, WorkItemId id, UUID savedReply) {
		return previewReply(m, id, savedReply).text();
	}

	/**
	 * A saved reply filled in from the item and the caller, with the placeholders that
	 * came out empty.
	 */
	@Transactional(readOnly = true)
	public SavedReplyPreview previewReply(Membership m, WorkItemId id, UUID savedReply) {
		WorkItemView item = access.visible(m, id).view();
		SavedReplyView reply = setup.savedReply(m, savedReply);
		Map<String, String> values = Map.of("customer.name",
				nz(item.customerName() != null ? item.customerName() : item.customer()), "customer.email",
				nz(item.customerEmail()), "item.reference", item.reference(), "item.title", item.title(), "agent.name",
				m.member().displayName());
		return new SavedReplyPreview(reply.name(), SavedReplies.render(reply.body(), values),
				SavedReplies.emptyPlaceholders(reply.body(), values));
	}

	/**
	 * The workspace's queue, most urgent first (breached, then nearest due). The total is
	 * counted up to 1,000: a total of 1,001 means "more than 1,000".
	 */
	@Transactional(readOnly = true)
	public Page<QueueRow> queue(Membership m, QueueFilter filter, PageRequest page) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		var allowed = List.of(new QueueQueries.Allowed(m.workspace(), m.grant().scopes(), m.member().id()));
		List<UUID> parties = filter.party() == null ? null : access.partyIds(m.workspace().id(), filter.party());
		var result = queues.page(allowed, filter, parties, page, now());
		return Page.of(result.rows(), page, result.total());
	}

	/**
	 * A party's items the caller sees, at most {@code limit}: open ones most urgent first
	 * ({@code done} false) or resolved and closed ones most recent first; with
	 * {@code conversations}, every item with an e-mail conversation, most recent first.
	 */
	@Transactional(readOnly = true)
	public List<QueueRow> partyItems(Membership m, PartyId party, boolean done, boolean conversations, int limit) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return queues.ofParty(new QueueQueries.Allowed(m.workspace(), m.grant().scopes(), m.member().id()),
				party.value(), done, conversations, Math.clamp(limit, 1, 200), now());
	}

	/**
	 * The caller's queue across every workspace where they hold a live grant (and have
	 * accepted the NDA), each within that grant's scopes, in one query.
	 */
	@Transactional(readOnly = true)
	public Page<QueueRow> mergedQueue(QueueFilter filter, PageRequest page) {
		List<QueueQueries.Allowed> allowed = policy.memberships(Permission.WORK_VIEW)
			.stream()
			.map(m -> new QueueQueries.Allowed(m.workspace(), m.grant().scopes(), m.member().id()))
			.toList();
		List<UUID> parties = filter.party() == null ? null
				: allowed.stream().flatMap(a -> access.partyIds(a.workspace().id(), filter.party()).stream()).toList();
		var result = queues.page(allowed, filter, parties, page, now());
		return Page.of(result.rows(), page, result.total());
	}

	@Transactional(readOnly = true)
	public List<NotificationView> notifications(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return notifications.list(Map.of(m.member().id(), m.workspace()), true, 100);
	}

	/** Marks one of the caller's notifications as read; others' are left alone. */
	public void markNotificationRead(Membership m, long id) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		notifications.markRead(m.member().id(), id, now());
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
