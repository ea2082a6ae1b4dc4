package dev.deskhand.work.internal;

import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.SlaPolicyView;
import dev.deskhand.work.SlaTarget;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemAssigned;
import dev.deskhand.work.WorkItemCreated;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkItemStatusChanged;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes every path makes to items (the facade for members, listeners and schedulers
 * for the system): each keeps the SLA clock in step, appends to the timeline, and
 * publishes the module's event and an {@link AuditableChange} in the caller's
 * transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ItemLifecycle {

	private final WorkItems items;

	private final Timeline timeline;

	private final SlaPolicies policies;

	private final Calendars calendars;

	private final ApplicationEventPublisher events;

	private final PartyManagement parties;

	ItemLifecycle(WorkItems items, Timeline timeline, SlaPolicies policies, Calendars calendars,
			ApplicationEventPublisher events, PartyManagement parties) {
		this.parties = parties;
		this.items = items;
		this.timeline = timeline;
		this.policies = policies;
		this.calendars = calendars;
		this.events = events;
	}

	/** The new item, or empty when its conversation already has one. */
	public Optional<WorkItem> create(WorkspaceId workspace, Actor actor, Draft d, Instant now) {
		return create(workspace, actor, d, null, now);
	}

	/**
	 * The new item about {@code party} (its SLA policy, if it has one, wins), or empty
	 * when its conversation already has one.
	 */
	public Optional<WorkItem> create(WorkspaceId workspace, Actor actor, Draft d, @Nullable PartyView party,
			Instant now) {
		return createAll(workspace, actor, List.of(new NewItem(d, party, null)), now).getFirst();
	}

	/**
	 * An item to create.
	 *
	 * @param party the customer it is about, whose SLA policy wins over the matching one
	 * @param policy the SLA policy that wins over both (chosen by a rule), if it still
	 * exists
	 */
	public record NewItem(Draft draft, @Nullable PartyView party, @Nullable UUID policy) {
	}

	/**
	 * The new items, in order, each empty when its conversation already has one. However
	 * many, their numbers are one block, the policies are read once, and their rows and
	 * first timeline entries go in one round trip each: a listener creating a work item
	 * for each of hundreds of tracking exceptions does not send a dozen statements for
	 * each while an import runs.
	 */
	public List<Optional<WorkItem>> createAll(WorkspaceId workspace, Actor actor, List<NewItem> news, Instant now) {
		if (news.isEmpty()) {
			return List.of();
		}
		long first = items.nextNumbers(workspace, news.size());
		List<SlaPolicyView> known = policies.of(workspace);
		List<WorkItem> made = new ArrayList<>(news.size());
		for (int k = 0; k < news.size(); k++) {
			NewItem n = news.get(k);
			Draft d = n.draft();
			WorkItem item = new WorkItem(WorkItemId.random(), workspace, first + k, d.type(), d.title(), WorkStatus.NEW,
					d.priority(), d.assignee(), d.assigneeName(), d.due(), d.tags(), d.links(), d.customer(),
					d.customerName(), d.customerEmail(), d.conversation(), d.source(), d.scope(), null, SlaClock.none(),
					now, now, now, 0);
			if (n.party() != null) {
				item.party = n.party().id();
				item.partyName = n.party().name();
			}
			start(item,
					SlaPolicies
						.choose(known, n.policy(), n.party() == null ? null : n.party().slaPolicy(), item.priority,
								item.type)
						.orElse(null));
			made.add(item);
		}
		boolean[] inserted = items.insertAll(made);
		List<Timeline.Entry> entries = new ArrayList<>();
		List<Optional<WorkItem>> created = new ArrayList<>(made.size());
		for (int k = 0; k < made.size(); k++) {
			WorkItem item = made.get(k);
			if (!inserted[k]) {
				created.add(Optional.empty());
				continue;
			}
			Draft d = news.get(k).draft();
			entries.add(new Timeline.Entry(item.id, now, actor, TimelineKind.CREATED,
					Map.of("source", d.source().name(), "type", d.type(), "title", d.title())));
			if (d.assignee() != null) {
				entries.add(new Timeline.Entry(item.id, now, actor, TimelineKind.ASSIGNED,
						Map.of("member", d.assignee().toString(), "name", String.valueOf(d.assigneeName()))));
			}
			created.add(Optional.of(item));
		}
		timeline.appendAll(entries);
		for (Optional<WorkItem> c : created) {
			c.ifPresent(item -> {
				events.publishEvent(new WorkItemCreated(workspace, item.id, item.type, item.source, now));
				events.publishEvent(AuditableChange.created(workspace, "work-item", item.id, item.view(),
						item.reference() + " " + item.title));
				if (item.assignee != null) {
					events.publishEvent(new WorkItemAssigned(workspace, item.id, item.assignee, now));
				}
			});
		}
		return created;
	}

	/**
	 * Puts a new item on the policy (none: no targets), its targets starting at the
	 * item's creation.
	 */
	private void start(WorkItem item, @Nullable SlaPolicyView policy) {
		item.slaPolicy = policy == null ? null : policy.id();
		if (policy == null) {
			item.sla = SlaClock.none();
			return;
		}
		BusinessCalendar calendar = calendars.of(item.workspace);
		Map<SlaTarget, Duration> targets = SlaPolicies.targets(policy);
		SlaClock clock = new SlaClock(null, policy.warnShare(), Map.of());
		for (SlaTarget t : new SlaTarget[] { SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION }) {
			clock = clock.start(t, targets.get(t), item.createdAt, calendar);
		}
		item.sla = clock;
	}

	/**
	 * Finds the first matching policy (the customer's wins) for an item that changed, and
	 * re-places its targets.
	 */
	void applyPolicy(WorkItem item, Instant now) {
		UUID customers = item.party == null ? null
				: parties.find(item.workspace, item.party).map(PartyView::slaPolicy).orElse(null);
		Optional<SlaPolicyView> policy = SlaPolicies.choose(policies.of(item.workspace), null, customers, item.priority,
				item.type);
		if (policy.isEmpty()) {
			start(item, null);
			return;
		}
		item.slaPolicy = policy.get().id();
		BusinessCalendar calendar = calendars.of(item.workspace);
		Map<SlaTarget, Duration> targets = SlaPolicies.targets(policy.get());
		SlaClock clock = item.sla;
		for (SlaTarget t : new SlaTarget[] { SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION }) {
			if (!clock.has(t) && targets.containsKey(t)) {
				clock = clock.start(t, targets.get(t), item.createdAt, calendar);
			}
		}
		item.sla = clock.retarget(targets, policy.get().warnShare(), calendar);
	}

	/**
	 * Puts a new item on this policy instead of the matching one (an inbound rule chose
	 * it): its targets start at the item's creation.
	 */
	public void usePolicy(WorkItem item, SlaPolicyView policy) {
		start(item, policy);
		items.update(item);
	}

	public void changeStatus(WorkItem item, Actor actor, WorkStatus next, Instant now) {
		WorkStatus from = item.status;
		if (from == next) {
			return;
		}
		WorkItemView before = item.view();
		item.changeStatus(next, now, calendars.of(item.workspace));
		items.update(item);
		timeline.append(item.id, now, actor, TimelineKind.STATUS_CHANGED,
				Map.of("from", from.name(), "to", next.name()));
		events.publishEvent(new WorkItemStatusChanged(item.workspace, item.id, from, next, now));
		audit(item, before, item.reference() + " " + from + " -> " + next);
	}

	public void assign(WorkItem item, Actor actor, @Nullable MemberId member, @Nullable String name, Instant now) {
		if (java.util.Objects.equals(item.assignee, member)) {
			return;
		}
		WorkItemView before = item.view();
		item.assign(member, name, now);
		items.update(item);
		Map<String, Object> data = new LinkedHashMap<>();
		if (member != null) {
			data.put("member", member.toString());
			data.put("name", String.valueOf(name));
		}
		timeline.append(item.id, now, actor, member == null ? TimelineKind.UNASSIGNED : TimelineKind.ASSIGNED, data);
		events.publishEvent(new WorkItemAssigned(item.workspace, item.id, member, now));
		audit(item, before, item.reference() + (member == null ? " unassigned" : " assigned to " + name));
	}

	/** A reply (or a logged call) went to the customer: meets the response target. */
	public void responded(WorkItem item, Actor actor, TimelineKind kind, Map<String, ?> data, Instant at) {
		WorkItemView before = item.view();
		item.responded(at);
		if (item.status == WorkStatus.NEW) {
			item.changeStatus(WorkStatus.OPEN, at, calendars.of(item.workspace));
		}
		items.update(item);
		timeline.append(item.id, at, actor, kind, data);
		audit(item, before, item.reference() + " " + kind.name().toLowerCase().replace('_', ' '));
	}

	/** Saves a changed item and audits it. */
	public void save(WorkItem item, WorkItemView before, String summary) {
		items.update(item);
		audit(item, before, summary);
	}

	/**
	 * The customer wrote again: a next-response target starts when the policy has one.
	 */
	void customerWrote(WorkItem item, Instant at) {
		if (item.sla.open(SlaTarget.FIRST_RESPONSE) || item.slaPolicy == null) {
			return;
		}
		policies.find(item.workspace, item.slaPolicy).ifPresent(p -> {
			Duration target = SlaPolicies.targets(p).get(SlaTarget.NEXT_RESPONSE);
			if (target != null) {
				item.sla = item.sla.start(SlaTarget.NEXT_RESPONSE, target, at, calendars.of(item.workspace));
			}
		});
	}

	private void audit(WorkItem item, WorkItemView before, String summary) {
		events
			.publishEvent(AuditableChange.updated(item.workspace, "work-item", item.id, before, item.view(), summary));
	}

}
