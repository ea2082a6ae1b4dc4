package dev.deskhand.work.internal;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.Priority;
import dev.deskhand.work.SlaState;
import dev.deskhand.work.SlaTarget;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkSource;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The work item aggregate: its fields and the SLA clock, changed only through methods
 * that keep the clock in step with the status. Persisted by {@link WorkItems}.
 */
public final class WorkItem {

	final WorkItemId id;

	final WorkspaceId workspace;

	final long number;

	String type;

	String title;

	WorkStatus status;

	Priority priority;

	@Nullable MemberId assignee;

	@Nullable String assigneeName;

	@Nullable Instant due;

	List<String> tags;

	List<String> links;

	@Nullable String customer;

	@Nullable String customerName;

	@Nullable String customerEmail;

	final @Nullable ConversationId conversation;

	final WorkSource source;

	final @Nullable String scope;

	@Nullable UUID slaPolicy;

	SlaClock sla;

	final Instant createdAt;

	Instant updatedAt;

	Instant lastActivityAt;

	long version;

	/**
	 * The customer or carrier it is about (set after construction: few paths know it).
	 */
	@Nullable PartyId party;

	@Nullable String partyName;

	/**
	 * What the assistant read from the item's e-mail (set after construction, by
	 * {@link AssistantReactions}): an intent code, a language, whether a person should
	 * classify it, and the message read.
	 */
	@Nullable String intent;

	@Nullable String language;

	boolean needsPerson;

	@Nullable UUID triagedMessage;

	WorkItem(WorkItemId id, WorkspaceId workspace, long number, String type, String title, WorkStatus status,
			Priority priority, @Nullable MemberId assignee, @Nullable String assigneeName, @Nullable Instant due,
			List<String> tags, List<String> links, @Nullable String customer, @Nullable String customerName,
			@Nullable String customerEmail, @Nullable ConversationId conversation, WorkSource source,
			@Nullable String scope, @Nullable UUID slaPolicy, SlaClock sla, Instant createdAt, Instant updatedAt,
			Instant lastActivityAt, long version) {
		this.id = id;
		this.workspace = workspace;
		this.number = number;
		this.type = type;
		this.title = title;
		this.status = status;
		this.priority = priority;
		this.assignee = assignee;
		this.assigneeName = assigneeName;
		this.due = due;
		this.tags = List.copyOf(tags);
		this.links = List.copyOf(links);
		this.customer = customer;
		this.customerName = customerName;
		this.customerEmail = customerEmail;
		this.conversation = conversation;
		this.source = source;
		this.scope = scope;
		this.slaPolicy = slaPolicy;
		this.sla = sla;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.lastActivityAt = lastActivityAt;
		this.version = version;
	}

	public WorkItemId id() {
		return id;
	}

	public WorkspaceId workspace() {
		return workspace;
	}

	public WorkStatus status() {
		return status;
	}

	public @Nullable String scope() {
		return scope;
	}

	public @Nullable MemberId assignee() {
		return assignee;
	}

	public String type() {
		return type;
	}

	public Priority priority() {
		return priority;
	}

	public @Nullable PartyId party() {
		return party;
	}

	public @Nullable String intent() {
		return intent;
	}

	public @Nullable UUID triagedMessage() {
		return triagedMessage;
	}

	public @Nullable ConversationId conversation() {
		return conversation;
	}

	public List<String> links() {
		return links;
	}

	public String reference() {
		return reference(number);
	}

	static String reference(long number) {
		return "W-" + number;
	}

	/**
	 * Moves to {@code next}, pausing the clock on entering a waiting status and resuming
	 * it on leaving one; RESOLVED meets the resolution target.
	 */
	void changeStatus(WorkStatus next, Instant now, BusinessCalendar calendar) {
		if (next.waiting()) {
			sla = sla.pause(now);
		}
		else {
			sla = sla.resume(now, calendar);
		}
		if (next == WorkStatus.RESOLVED || next == WorkStatus.CLOSED) {
			sla = sla.met(SlaTarget.RESOLUTION, now);
		}
		status = next;
		updatedAt = now;
	}

	void assign(@Nullable MemberId member, @Nullable String name, Instant now) {
		assignee = member;
		assigneeName = member == null ? null : name;
		updatedAt = now;
	}

	/** The first reply meets the first-response target, a later one the next-response. */
	void responded(Instant now) {
		sla = sla.open(SlaTarget.FIRST_RESPONSE) ? sla.met(SlaTarget.FIRST_RESPONSE, now)
				: sla.met(SlaTarget.NEXT_RESPONSE, now);
		updatedAt = now;
	}

	void touched(Instant now) {
		updatedAt = now;
		if (now.isAfter(lastActivityAt)) {
			lastActivityAt = now;
		}
	}

	SlaState slaState() {
		boolean done = status.done();
		return new SlaState(openDue(SlaTarget.FIRST_RESPONSE), openDue(SlaTarget.NEXT_RESPONSE),
				openDue(SlaTarget.RESOLUTION), done ? null : sla.nextDue(), sla.paused(), !done && sla.warned(),
				!done && sla.breached());
	}

	private @Nullable Instant openDue(SlaTarget target) {
		SlaClock.Track t = sla.tracks().get(target);
		return t == null || t.metAt() != null ? null : t.due();
	}

	/**
	 * The queue's sort key (after "breached first"): the earlier of the next SLA due and
	 * the item's own due date (a day after creation when it has neither), moved earlier
	 * by the priority's {@link #lead(Priority) lead}; null (last) while waiting or done.
	 * It does not depend on the time it is read, so the queue's index holds it.
	 */
	@Nullable Instant urgency() {
		if (status.done() || sla.paused()) {
			return null;
		}
		Instant next = sla.nextDue();
		Instant base = next == null ? due : due == null || next.isBefore(due) ? next : due;
		return (base == null ? createdAt.plus(Duration.ofDays(1)) : base).minus(lead(priority));
	}

	/** How much earlier than its due an item of this priority sorts. */
	static Duration lead(Priority priority) {
		return switch (priority) {
			case URGENT -> Duration.ofHours(4);
			case HIGH -> Duration.ofHours(1);
			case NORMAL -> Duration.ZERO;
			case LOW -> Duration.ofHours(-4);
		};
	}

	@Nullable Instant nextCheck() {
		return status.done() ? null : sla.nextCheck();
	}

	public WorkItemView view() {
		return new WorkItemView(id, workspace, reference(), type, title, status, priority, assignee, assigneeName, due,
				tags, links, customer, customerName, customerEmail, conversation, source, scope, slaState(), createdAt,
				updatedAt, lastActivityAt, version, party, partyName, intent, language, needsPerson);
	}

}
