package dev.deskhand.work;

import dev.deskhand.shared.Text;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.OutboundAddresses;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.internal.Calendars;
import dev.deskhand.work.internal.EscalationRules;
import dev.deskhand.work.internal.Holidays;
import dev.deskhand.work.internal.Inputs;
import dev.deskhand.work.internal.ItemAccess;
import dev.deskhand.work.internal.RecurringTasks;
import dev.deskhand.work.internal.SavedReplies;
import dev.deskhand.work.internal.SettingsChecks;
import dev.deskhand.work.internal.SlaPolicies;
import dev.deskhand.work.internal.Sops;
import dev.deskhand.workspace.WorkingPeriod;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work module's facade for a workspace's playbook: SOPs, saved replies, SLA policies,
 * the business calendar, escalation rules and recurring tasks. Everyone with
 * {@link Permission#WORK_VIEW} reads SOPs, saved replies, policies, the calendar and
 * recurring tasks; changes, and reading escalation rules (their webhook addresses are
 * secrets), need {@link Permission#WORK_MANAGE}. Changes publish an
 * {@link AuditableChange}.
 */
@Service
@Transactional
public class WorkSetup {

	private final Sops sops;

	private final SavedReplies replies;

	private final SlaPolicies policies;

	private final Calendars calendars;

	private final EscalationRules rules;

	private final RecurringTasks tasks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WorkspaceManagement workspaces;

	private final OutboundAddresses outbound;

	WorkSetup(Sops sops, SavedReplies replies, SlaPolicies policies, Calendars calendars, EscalationRules rules,
			RecurringTasks tasks, ApplicationEventPublisher events, Clock clock, WorkspaceManagement workspaces,
			OutboundAddresses outbound) {
		this.workspaces = workspaces;
		this.outbound = outbound;
		this.sops = sops;
		this.replies = replies;
		this.policies = policies;
		this.calendars = calendars;
		this.rules = rules;
		this.tasks = tasks;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SopView> sops(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return sops.currentOf(m.workspace().id());
	}

	@Transactional(readOnly = true)
	public Optional<SopView> sop(Membership m, String type) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return sops.current(m.workspace().id(), Inputs.type("/type", type));
	}

	/**
	 * Publishes a new version of the type's SOP; items show it and tick it from now on.
	 */
	public SopView publishSop(Membership m, NewSop n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		List<String> checklist = SettingsChecks.checklist(n.checklist());
		SopView sop = sops.publish(ws(m), Inputs.type("/type", n.type()), Inputs.text("/markdown", n.markdown(), 50000),
				checklist, n.requireChecklist(), m.member().id(), now());
		audit(m, "sop", sop.id(), sop, "SOP " + sop.type() + " v" + sop.version());
		return sop;
	}

	@Transactional(readOnly = true)
	public List<SavedReplyView> savedReplies(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return replies.of(ws(m));
	}

	@Transactional(readOnly = true)
	public SavedReplyView savedReply(Membership m, UUID id) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return replies.find(ws(m), id).orElseThrow(() -> new NotFoundException(Text.of("notFound.savedReply")));
	}

	/**
	 * @throws InvalidInputException for {@code /language}, {@code /name}, {@code /body}
	 * (also when it uses a placeholder other than {@link SavedReplies#KNOWN})
	 */
	public SavedReplyView addSavedReply(Membership m, String language, String name, String body) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		SavedReplyView r = savedReplyOf(UUID.randomUUID(), language, name, body);
		if (!replies.insert(ws(m), r, now())) {
			throw new InvalidInputException("/name", Text.of("input.savedReplyExists"));
		}
		audit(m, "saved-reply", r.id(), r, "Saved reply " + r.name() + " (" + r.language() + ")");
		return r;
	}

	/**
	 * Changes a saved reply's language, name and text.
	 * @throws InvalidInputException as {@link #addSavedReply}
	 */
	public SavedReplyView updateSavedReply(Membership m, UUID id, String language, String name, String body) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		SavedReplyView before = savedReply(m, id);
		SavedReplyView after = savedReplyOf(id, language, name, body);
		if (!replies.update(ws(m), after)) {
			throw new InvalidInputException("/name", Text.of("input.savedReplyExists"));
		}
		events.publishEvent(AuditableChange.updated(ws(m), "saved-reply", id, before, after,
				"Saved reply " + after.name() + " (" + after.language() + ")"));
		return after;
	}

	private static SavedReplyView savedReplyOf(UUID id, String language, String name, String body) {
		SavedReplyView r = new SavedReplyView(id, SettingsChecks.language(language), Inputs.text("/name", name, 100),
				Inputs.text("/body", body, 20000));
		List<String> unknown = SavedReplies.unknownPlaceholders(r.body());
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("/body",
					"Unknown placeholder {{" + unknown.getFirst() + "}}: use "
							+ SavedReplies.KNOWN.stream().map(k -> "{{" + k + "}}").collect(Collectors.joining(", ")),
					"playbook.error.placeholder");
		}
		return r;
	}

	public void deleteSavedReply(Membership m, UUID id) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		SavedReplyView before = savedReply(m, id);
		replies.delete(ws(m), id);
		events.publishEvent(AuditableChange.deleted(ws(m), "saved-reply", id, before, "Deleted " + before.name()));
	}

	@Transactional(readOnly = true)
	public List<SlaPolicyView> slaPolicies(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return policies.of(ws(m));
	}

	/**
	 * Adds a policy; it applies to items created or re-prioritised from now on. Without a
	 * position it goes before the first catch-all policy (one matching every item), which
	 * would otherwise always win over it; with one (1 = first) it goes there.
	 */
	public SlaPolicyView addSlaPolicy(Membership m, NewSlaPolicy n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		policies.lock(ws(m));
		List<SlaPolicyView> existing = policies.of(ws(m));
		SlaPolicyView p = SettingsChecks.policy(UUID.randomUUID(), existing.size() + 1, n);
		int at = n.position() != null ? Math.clamp(n.position() - 1L, 0, existing.size())
				: p.catchAll() ? existing.size() : firstCatchAll(existing);
		policies.insert(ws(m), p, now());
		List<UUID> order = new ArrayList<>(existing.stream().map(SlaPolicyView::id).toList());
		order.add(at, p.id());
		policies.renumber(ws(m), order);
		SlaPolicyView stored = policies.find(ws(m), p.id()).orElseThrow();
		audit(m, "sla-policy", p.id(), stored, "SLA policy " + p.name());
		return stored;
	}

	private static int firstCatchAll(List<SlaPolicyView> policies) {
		for (int i = 0; i < policies.size(); i++) {
			if (policies.get(i).catchAll()) {
				return i;
			}
		}
		return policies.size();
	}

	/**
	 * Changes a policy's name, match and targets (its place stays); items created or
	 * re-prioritised from now on get the new targets.
	 */
	public SlaPolicyView updateSlaPolicy(Membership m, UUID id, NewSlaPolicy n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		SlaPolicyView before = policies.find(ws(m), id).orElseThrow(() -> new NotFoundException("No such policy"));
		SlaPolicyView after = SettingsChecks.policy(id, before.position(), n);
		policies.update(ws(m), after);
		events.publishEvent(
				AuditableChange.updated(ws(m), "sla-policy", id, before, after, "SLA policy " + after.name()));
		return after;
	}

	/**
	 * Moves a policy one place up (earlier, tried first) or down.
	 */
	public List<SlaPolicyView> moveSlaPolicy(Membership m, UUID id, boolean up) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		policies.lock(ws(m));
		List<UUID> order = new ArrayList<>(policies.of(ws(m)).stream().map(SlaPolicyView::id).toList());
		int at = order.indexOf(id);
		if (at < 0) {
			throw new NotFoundException("No such policy");
		}
		int to = up ? at - 1 : at + 1;
		if (to >= 0 && to < order.size()) {
			Collections.swap(order, at, to);
		}
		return reorder(m, order);
	}

	/**
	 * Puts the workspace's policies in this order (the first match wins).
	 * @throws InvalidInputException for {@code /order} when it does not name each policy
	 * exactly once
	 */
	public List<SlaPolicyView> reorderSlaPolicies(Membership m, List<UUID> order) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		policies.lock(ws(m));
		Set<UUID> known = policies.of(ws(m)).stream().map(SlaPolicyView::id).collect(Collectors.toSet());
		if (order.size() != known.size() || !known.equals(Set.copyOf(order))) {
			throw new InvalidInputException("/order", "Name each of the workspace's SLA policies exactly once",
					"playbook.error.policyOrder");
		}
		return reorder(m, order);
	}

	private List<SlaPolicyView> reorder(Membership m, List<UUID> order) {
		List<SlaPolicyView> before = policies.of(ws(m));
		policies.renumber(ws(m), order);
		List<SlaPolicyView> after = policies.of(ws(m));
		events.publishEvent(AuditableChange.updated(ws(m), "sla-policy-order", ws(m),
				before.stream().map(SlaPolicyView::name).toList(), after.stream().map(SlaPolicyView::name).toList(),
				"SLA policy order"));
		return after;
	}

	public void deleteSlaPolicy(Membership m, UUID id) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		SlaPolicyView before = policies.find(ws(m), id)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.policy")));
		policies.delete(ws(m), id);
		events.publishEvent(AuditableChange.deleted(ws(m), "sla-policy", id, before, "Deleted " + before.name()));
	}

	@Transactional(readOnly = true)
	public CalendarView calendar(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return calendars.view(ws(m));
	}

	/**
	 * Sets the business calendar; it applies to dues computed from now on.
	 * @throws InvalidInputException for {@code /timeZone}, {@code /weeklyHours},
	 * {@code /country}, {@code /subdivision}
	 */
	public CalendarView setCalendar(Membership m, CalendarView v) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		CalendarView before = calendars.view(ws(m));
		CalendarView after = SettingsChecks.calendar(v);
		calendars.save(ws(m), after, now());
		events.publishEvent(AuditableChange.updated(ws(m), "work-calendar", ws(m), before, after, "Business calendar"));
		return after;
	}

	/**
	 * The regions whose public holidays a calendar can close on, named in
	 * {@code language}: countries, and the states of Germany.
	 */
	public List<HolidayRegion> holidayRegions(Locale language) {
		return Holidays.regions(language);
	}

	/**
	 * The next days on or after {@code from} (in the calendar's zone) that the business
	 * calendar skips although they are working weekdays: public holidays of its region,
	 * named in {@code language}, and its own closed days.
	 */
	@Transactional(readOnly = true)
	public List<HolidayView> upcomingClosures(Membership m, LocalDate from, int limit, Locale language) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		CalendarView v = calendars.view(ws(m));
		Set<DayOfWeek> working = WorkingPeriod.parseWeek(v.weeklyHours())
			.stream()
			.map(WorkingPeriod::day)
			.collect(Collectors.toSet());
		TreeMap<LocalDate, HolidayView> days = new TreeMap<>();
		Holidays.upcoming(v.country(), v.subdivision(), from, Integer.MAX_VALUE, language)
			.stream()
			.filter(h -> working.contains(h.date().getDayOfWeek()))
			.forEach(h -> days.putIfAbsent(h.date(), new HolidayView(h.date(), h.name())));
		v.closedDays()
			.stream()
			.filter(d -> !d.isBefore(from) && working.contains(d.getDayOfWeek()))
			.forEach(d -> days.putIfAbsent(d, new HolidayView(d, null)));
		return days.values().stream().limit(limit).toList();
	}

	/** Today in the business calendar's time zone. */
	@Transactional(readOnly = true)
	public LocalDate today(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return LocalDate.now(clock.withZone(ZoneId.of(calendars.view(ws(m)).timeZone())));
	}

	@Transactional(readOnly = true)
	public List<EscalationRuleView> escalationRules(Membership m) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		return rules.of(ws(m));
	}

	public EscalationRuleView addEscalationRule(Membership m, NewEscalationRule n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		EscalationRuleView r = checkedRule(m, UUID.randomUUID(), n);
		rules.insert(ws(m), r, now());
		audit(m, "escalation-rule", r.id(), r, "Escalation rule on " + r.trigger());
		return r;
	}

	/**
	 * Changes a rule in place; checked as {@link #addEscalationRule}. A rule that fired
	 * for an item and target does not fire again for them.
	 */
	public EscalationRuleView updateEscalationRule(Membership m, UUID id, NewEscalationRule n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		EscalationRuleView before = rules.find(ws(m), id).orElseThrow(() -> new NotFoundException("No such rule"));
		EscalationRuleView after = checkedRule(m, id, n);
		rules.update(ws(m), after);
		events.publishEvent(AuditableChange.updated(ws(m), "escalation-rule", id, before, after,
				"Escalation rule on " + after.trigger()));
		return after;
	}

	private EscalationRuleView checkedRule(Membership m, UUID id, NewEscalationRule n) {
		EscalationRuleView r = SettingsChecks.rule(id, n, outbound);
		if (r.targetMember() != null && workspaces.members(ws(m))
			.stream()
			.noneMatch(x -> x.id().equals(r.targetMember()) && x.active() && x.person() != null)) {
			throw new InvalidInputException("/targetMember", Text.of("input.escalateMember"));
		}
		return r;
	}

	public void deleteEscalationRule(Membership m, UUID id) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		EscalationRuleView before = rules.find(ws(m), id)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.rule")));
		rules.delete(ws(m), id);
		events.publishEvent(AuditableChange.deleted(ws(m), "escalation-rule", id, before, "Deleted rule"));
	}

	@Transactional(readOnly = true)
	public List<RecurringTaskView> recurringTasks(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return tasks.of(ws(m));
	}

	/**
	 * Adds a recurring task; its first occurrence is the schedule's next after now.
	 * @throws InvalidInputException for {@code /schedule}, {@code /timeZone},
	 * {@code /type}, {@code /title}, {@code /assignee} (not an active member of this
	 * workspace)
	 */
	public RecurringTaskView addRecurringTask(Membership m, NewRecurringTask n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		if (n.assignee() != null && workspaces.findMember(n.assignee())
			.filter(x -> x.workspace().equals(ws(m)) && x.active())
			.isEmpty()) {
			throw new InvalidInputException("/assignee", Text.of("input.assignMember"));
		}
		ZoneId zone = SettingsChecks.zone(n.timeZone() != null ? n.timeZone() : calendars.view(ws(m)).timeZone());
		String schedule = SettingsChecks.schedule(n.schedule());
		RecurringTaskView t = new RecurringTaskView(UUID.randomUUID(), schedule, zone.getId(),
				Inputs.type("/type", n.type()), Inputs.text("/title", n.title(), 250),
				n.priority() == null ? Priority.NORMAL : n.priority(), n.assignee(),
				RecurringTasks.next(schedule, zone, now()), true);
		tasks.insert(ws(m), t, now());
		audit(m, "recurring-task", t.id(), t, "Recurring task " + t.title() + " (" + schedule + ")");
		return t;
	}

	public void stopRecurringTask(Membership m, UUID id) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		RecurringTaskView before = tasks.find(ws(m), id)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.task")));
		tasks.deactivate(ws(m), id);
		events.publishEvent(AuditableChange.deleted(ws(m), "recurring-task", id, before, "Stopped " + before.title()));
	}

	private void audit(Membership m, String type, Object id, Object after, String summary) {
		events.publishEvent(AuditableChange.created(ws(m), type, id, after, summary));
	}

	private static WorkspaceId ws(Membership m) {
		return m.workspace().id();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
