package dev.deskhand.work.internal;

import dev.deskhand.access.AccessManagement;
import dev.deskhand.access.GrantView;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRaised;
import dev.deskhand.work.EscalationRuleView;
import dev.deskhand.work.EscalationTrigger;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.WorkspaceManagement;
import dev.deskhand.workspace.WorkspaceView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs a workspace's escalation rules for an SLA warning or breach. Each rule fires once
 * per item, SLA target and recipient, however often (and on however many instances) it is
 * asked: {@link EscalationRules#fireOnce} decides.
 */
@Component
public class Escalations {

	private final EscalationRules rules;

	private final Notifications notifications;

	private final Timeline timeline;

	private final ItemLifecycle lifecycle;

	private final WorkspaceManagement workspaces;

	private final AccessManagement access;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	Escalations(EscalationRules rules, Notifications notifications, Timeline timeline, ItemLifecycle lifecycle,
			WorkspaceManagement workspaces, AccessManagement access, ApplicationEventPublisher events,
			MessageSource messages) {
		this.messages = messages;
		this.rules = rules;
		this.notifications = notifications;
		this.timeline = timeline;
		this.lifecycle = lifecycle;
		this.workspaces = workspaces;
		this.access = access;
		this.events = events;
	}

	public void run(WorkItem item, SlaClock.Crossing crossing, Instant now) {
		EscalationTrigger trigger = crossing.breach() ? EscalationTrigger.BREACH : EscalationTrigger.WARNING;
		for (EscalationRuleView rule : rules.of(item.workspace)) {
			if (rule.trigger() == trigger && rule.matches(item.priority(), item.type())) {
				fire(item, rule, crossing, now);
			}
		}
	}

	private void fire(WorkItem item, EscalationRuleView rule, SlaClock.Crossing crossing, Instant now) {
		WorkspaceView ws = workspaces.findWorkspace(item.workspace).orElseThrow();
		String text = text(item, rule, crossing, Locale.forLanguageTag(ws.defaultLanguage()), ws.timeZone());
		List<MemberView> recipients = recipients(item, rule, now);
		for (MemberView m : recipients) {
			if (!rules.fireOnce(item.id, rule.id(), crossing.target(), "member:" + m.id(), now)) {
				continue;
			}
			// each person reads it in their own language and time zone
			String personal = m.person() == null ? text
					: workspaces.findPerson(m.person())
						.map(p -> text(item, rule, crossing, Locale.forLanguageTag(p.language()), m.timeZone()))
						.orElse(text);
			if (rule.channels().contains(EscalationChannel.IN_APP)) {
				notifications.add(item.workspace, m.id(), item.id, personal, now);
			}
			if (rule.channels().contains(EscalationChannel.EMAIL)) {
				events.publishEvent(new EscalationRaised(item.workspace, item.id, rule.id(), m.id(),
						EscalationChannel.EMAIL, personal));
			}
			record(item, rule, crossing, "member", m.id().toString(), now);
		}
		if (rule.channels().contains(EscalationChannel.WEBHOOK) && rule.webhookUrl() != null
				&& rules.fireOnce(item.id, rule.id(), crossing.target(), "webhook", now)) {
			events.publishEvent(
					new EscalationRaised(item.workspace, item.id, rule.id(), null, EscalationChannel.WEBHOOK, text));
			record(item, rule, crossing, "webhook", "webhook", now);
		}
		if (rule.emailTo() != null
				&& rules.fireOnce(item.id, rule.id(), crossing.target(), "email:" + rule.emailTo(), now)) {
			events.publishEvent(
					new EscalationRaised(item.workspace, item.id, rule.id(), null, EscalationChannel.EMAIL, text));
			record(item, rule, crossing, "email", rule.emailTo(), now);
		}
		if (rule.reassign() && !recipients.isEmpty()
				&& rules.fireOnce(item.id, rule.id(), crossing.target(), "reassign", now)) {
			MemberView to = recipients.stream()
				.filter(m -> RoundRobin.workingAt(m, now))
				.findFirst()
				.orElse(recipients.getFirst());
			record(item, rule, crossing, "reassign", to.id().toString(), now);
			lifecycle.assign(item, Actor.SYSTEM, to.id(), to.displayName(), now);
		}
	}

	/**
	 * E.g. {@code W-12 "Pallets to Aarhus": SLA breached (resolution), due 24 Nov 2026,
	 * 12:00}.
	 */
	private String text(WorkItem item, EscalationRuleView rule, SlaClock.Crossing crossing, Locale locale,
			ZoneId zone) {
		String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(crossing.due().atZone(zone));
		return messages.getMessage("escalation.text",
				new Object[] { item.reference(), item.title,
						messages.getMessage("rules.trigger." + rule.trigger().name(), null, locale),
						messages.getMessage("sla.target." + crossing.target().name(), null, locale), due },
				locale);
	}

	private void record(WorkItem item, EscalationRuleView rule, SlaClock.Crossing crossing, String how, String to,
			Instant now) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("rule", rule.id().toString());
		data.put("target", crossing.target().name());
		data.put("trigger", rule.trigger().name());
		data.put(how, to);
		timeline.append(item.id, now, Actor.SYSTEM, TimelineKind.ESCALATED, data);
	}

	private List<MemberView> recipients(WorkItem item, EscalationRuleView rule, Instant now) {
		if (rule.targetRole() == null && rule.targetMember() == null) {
			return List.of();
		}
		Set<MemberId> granted = access.grants(item.workspace)
			.stream()
			.filter(g -> g.liveAt(now) && (rule.targetMember() != null ? g.member().equals(rule.targetMember())
					: g.role() == rule.targetRole()))
			.map(GrantView::member)
			.collect(Collectors.toSet());
		return workspaces.members(item.workspace).stream().filter(m -> m.active() && granted.contains(m.id())).toList();
	}

}
