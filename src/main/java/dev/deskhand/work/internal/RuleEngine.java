package dev.deskhand.work.internal;

import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.InboundRuleView;
import dev.deskhand.work.Priority;
import dev.deskhand.work.RuleAction;
import dev.deskhand.work.RuleCondition;
import dev.deskhand.work.SlaPolicyView;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.MemberView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a workspace's inbound rules on a work item about to be created from an e-mail, in
 * the creating transaction: every enabled rule whose conditions all match applies its
 * actions in position order (a later rule's type, priority, policy or assignee replaces
 * an earlier one's; tags add up), and a matching rule marked "stop processing" ends the
 * run. Type, priority, tags and a person go into the new item; the SLA policy, a role's
 * round-robin and closing follow right after its creation. Each applied action goes on
 * the timeline with the rule's name, and each applied rule into the audit log.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class RuleEngine {

	private final InboundRules rules;

	private final SlaPolicies policies;

	private final WorkspaceManagement workspaces;

	private final ItemLifecycle lifecycle;

	private final AutoAssign autoAssign;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final PartyManagement parties;

	RuleEngine(InboundRules rules, SlaPolicies policies, WorkspaceManagement workspaces, ItemLifecycle lifecycle,
			AutoAssign autoAssign, Timeline timeline, ApplicationEventPublisher events, PartyManagement parties) {
		this.parties = parties;
		this.rules = rules;
		this.policies = policies;
		this.workspaces = workspaces;
		this.lifecycle = lifecycle;
		this.autoAssign = autoAssign;
		this.timeline = timeline;
		this.events = events;
	}

	/**
	 * What a rule can look at; the body is read only when a rule asks for it.
	 *
	 * @param party the customer or carrier the mail was matched to on receipt, or null
	 */
	public record Facts(String mailbox, String sender, String subject, boolean hasAttachment, Supplier<String> body,
			@Nullable PartyId party) {

		/** Mail not matched to a party. */
		public Facts(String mailbox, String sender, String subject, boolean hasAttachment, Supplier<String> body) {
			this(mailbox, sender, subject, hasAttachment, body, null);
		}

	}

	/** One applied action: {@code label} names its value for people (a member's name). */
	public record Applied(UUID rule, String ruleName, RuleAction action, String label) {
	}

	/**
	 * The draft with the rules' changes, and what is left to do once the item exists.
	 *
	 * @param party the customer or carrier a rule set (the draft is already filed under a
	 * customer's scope), or null when no rule set one
	 */
	public record Outcome(Draft draft, List<Applied> applied, @Nullable SlaPolicyView policy, @Nullable Role role,
			boolean close, @Nullable PartyView party) {

		public boolean assigned() {
			return draft.assignee() != null || role != null;
		}

	}

	public Outcome evaluate(WorkspaceId workspace, Draft draft, Facts facts) {
		Draft d = draft;
		List<Applied> applied = new ArrayList<>();
		SlaPolicyView policy = null;
		Role role = null;
		boolean close = false;
		PartyView party = null;
		String[] body = new String[1];
		for (InboundRuleView rule : rules.of(workspace)) {
			if (!rule.enabled() || !rule.conditions().stream().allMatch(c -> matches(c, facts, body))) {
				continue;
			}
			for (RuleAction a : rule.actions()) {
				String label = a.value() == null ? "" : a.value();
				switch (a.kind()) {
					case SET_TYPE -> d = with(d, label, d.priority(), d.tags());
					case SET_PRIORITY -> d = with(d, d.type(), Priority.valueOf(label), d.tags());
					case ADD_TAG -> {
						Set<String> tags = new LinkedHashSet<>(d.tags());
						tags.add(label);
						d = with(d, d.type(), d.priority(), List.copyOf(tags));
					}
					case SET_SLA_POLICY -> {
						Optional<SlaPolicyView> p = policies.find(workspace, UUID.fromString(label));
						if (p.isEmpty()) {
							continue;
						}
						policy = p.get();
						label = policy.name();
					}
					case ASSIGN_MEMBER -> {
						Optional<MemberView> member = workspaces.findMember(new MemberId(UUID.fromString(label)))
							.filter(m -> m.workspace().equals(workspace) && m.active());
						if (member.isEmpty()) {
							continue;
						}
						d = d.assignedTo(member.get().id(), member.get().displayName());
						role = null;
						label = member.get().displayName();
					}
					case ASSIGN_ROLE -> {
						role = Role.valueOf(label);
						d = d.assignedTo(null, null);
					}
					case CLOSE -> close = true;
					case SET_PARTY -> {
						Optional<PartyView> p = parties.find(workspace, new PartyId(UUID.fromString(label)));
						if (p.isEmpty()) {
							continue;
						}
						party = p.get();
						// filed as received mail is: a customer's under its scope, other
						// mail
						// under its mailbox
						d = withScope(d, party.scope() != null ? party.scope() : "mailbox:" + facts.mailbox());
						label = party.name();
					}
				}
				applied.add(new Applied(rule.id(), rule.name(), a, label));
			}
			if (rule.stopProcessing()) {
				break;
			}
		}
		return new Outcome(d, applied, policy, role, close, party);
	}

	/** The rest of the outcome, on the item just created from its draft. */
	public void apply(WorkItem item, Outcome outcome, Instant now) {
		Map<UUID, List<Map<String, String>>> perRule = new LinkedHashMap<>();
		Map<UUID, String> names = new LinkedHashMap<>();
		for (Applied a : outcome.applied()) {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("rule", a.ruleName());
			data.put("ruleId", a.rule().toString());
			data.put("action", a.action().kind().name());
			data.put("value", a.label());
			timeline.append(item.id, now, Actor.SYSTEM, TimelineKind.RULE_APPLIED, data);
			perRule.computeIfAbsent(a.rule(), k -> new ArrayList<>())
				.add(Map.of("action", a.action().kind().name(), "value", a.label()));
			names.put(a.rule(), a.ruleName());
		}
		if (outcome.policy() != null) {
			lifecycle.usePolicy(item, outcome.policy());
		}
		if (outcome.role() != null) {
			autoAssign.assign(item, Actor.SYSTEM, now, Set.of(outcome.role()));
		}
		if (outcome.close()) {
			lifecycle.changeStatus(item, Actor.SYSTEM, WorkStatus.CLOSED, now);
		}
		perRule.forEach((rule,
				actions) -> events.publishEvent(AuditableChange.updated(item.workspace, "work-item", item.id, Map.of(),
						Map.of("rule", rule.toString(), "name", names.get(rule), "actions", actions),
						item.reference() + ": rule \"" + names.get(rule) + "\" applied")));
	}

	static boolean matches(RuleCondition c, Facts f, String[] body) {
		String value = c.value() == null ? "" : c.value().toLowerCase(Locale.ROOT);
		String sender = f.sender().toLowerCase(Locale.ROOT);
		return switch (c.kind()) {
			case MAILBOX -> f.mailbox().equalsIgnoreCase(value);
			case SENDER -> sender.equals(value);
			case SENDER_DOMAIN -> {
				String domain = sender.substring(sender.indexOf('@') + 1);
				yield sender.contains("@") && (domain.equals(value) || domain.endsWith("." + value));
			}
			case SUBJECT_CONTAINS -> f.subject().toLowerCase(Locale.ROOT).contains(value);
			case BODY_CONTAINS -> {
				if (body[0] == null) {
					body[0] = f.body().get().toLowerCase(Locale.ROOT);
				}
				yield body[0].contains(value);
			}
			case HAS_ATTACHMENT -> f.hasAttachment();
			case PARTY -> f.party() != null && f.party().value().toString().equals(value);
		};
	}

	private static Draft withScope(Draft d, String scope) {
		return new Draft(d.type(), d.title(), d.priority(), d.assignee(), d.assigneeName(), d.due(), d.tags(),
				d.links(), d.customer(), d.customerName(), d.customerEmail(), d.conversation(), d.source(), scope);
	}

	private static Draft with(Draft d, String type, Priority priority, List<String> tags) {
		return new Draft(type, d.title(), priority, d.assignee(), d.assigneeName(), d.due(), tags, d.links(),
				d.customer(), d.customerName(), d.customerEmail(), d.conversation(), d.source(), d.scope());
	}

}
