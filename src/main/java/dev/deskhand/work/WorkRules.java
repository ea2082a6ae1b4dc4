package dev.deskhand.work;

import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.internal.InboundRules;
import dev.deskhand.work.internal.ItemAccess;
import dev.deskhand.work.internal.RuleChecks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work module's facade for a workspace's inbound rules, applied in order to each work
 * item created from an e-mail (see {@code RuleEngine}). Everyone with
 * {@link Permission#WORK_VIEW} reads them; changes need {@link Permission#WORK_MANAGE}
 * and publish an {@link AuditableChange}.
 */
@Service
@Transactional
public class WorkRules {

	private final InboundRules rules;

	private final RuleChecks checks;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkRules(InboundRules rules, RuleChecks checks, ApplicationEventPublisher events, Clock clock) {
		this.rules = rules;
		this.checks = checks;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<InboundRuleView> rules(Membership m) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return rules.of(ws(m));
	}

	/**
	 * @throws NotFoundException when the workspace has no such rule
	 */
	@Transactional(readOnly = true)
	public InboundRuleView rule(Membership m, UUID id) {
		ItemAccess.require(m, Permission.WORK_VIEW);
		return rules.find(ws(m), id).orElseThrow(() -> new NotFoundException("No such rule"));
	}

	/**
	 * Adds a rule at the end of the order.
	 * @throws InvalidInputException naming the field and the unknown value (type, tag,
	 * priority, SLA policy, assignee, role)
	 */
	public InboundRuleView add(Membership m, NewInboundRule n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		InboundRuleView checked = checks.check(ws(m), UUID.randomUUID(), 0, n);
		rules.lock(ws(m));
		rules.insert(ws(m), checked, clock.instant());
		InboundRuleView stored = rules.find(ws(m), checked.id()).orElseThrow();
		events.publishEvent(AuditableChange.created(ws(m), "inbound-rule", stored.id(), stored,
				"Inbound rule \"" + stored.name() + "\""));
		return stored;
	}

	/** Replaces a rule's name, switches, conditions and actions; its place stays. */
	public InboundRuleView update(Membership m, UUID id, NewInboundRule n) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		InboundRuleView before = rule(m, id);
		InboundRuleView checked = checks.check(ws(m), id, before.position(), n);
		rules.update(ws(m), checked, clock.instant());
		events.publishEvent(AuditableChange.updated(ws(m), "inbound-rule", id, before, checked,
				"Changed inbound rule \"" + checked.name() + "\""));
		return checked;
	}

	/** Switches a rule on or off. */
	public InboundRuleView setEnabled(Membership m, UUID id, boolean enabled) {
		InboundRuleView r = rule(m, id);
		return update(m, id, new NewInboundRule(r.name(), enabled, r.stopProcessing(), r.conditions(), r.actions()));
	}

	public void delete(Membership m, UUID id) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		InboundRuleView before = rule(m, id);
		rules.lock(ws(m));
		rules.delete(ws(m), id);
		events.publishEvent(AuditableChange.deleted(ws(m), "inbound-rule", id, before,
				"Deleted inbound rule \"" + before.name() + "\""));
	}

	/** Moves a rule one place earlier ({@code -1}) or later ({@code +1}). */
	public List<InboundRuleView> move(Membership m, UUID id, int by) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		rules.lock(ws(m));
		List<UUID> order = new ArrayList<>(rules.of(ws(m)).stream().map(InboundRuleView::id).toList());
		int at = order.indexOf(id);
		if (at < 0) {
			throw new NotFoundException("No such rule");
		}
		int to = Math.max(0, Math.min(order.size() - 1, at + Integer.signum(by)));
		order.add(to, order.remove(at));
		return reorder(m, order);
	}

	/**
	 * Puts the rules in this order.
	 * @throws InvalidInputException for {@code /ids} unless it names each rule once
	 */
	public List<InboundRuleView> reorder(Membership m, List<UUID> ids) {
		ItemAccess.require(m, Permission.WORK_MANAGE);
		rules.lock(ws(m));
		List<InboundRuleView> before = rules.of(ws(m));
		if (ids.size() != before.size()
				|| !new HashSet<>(ids).equals(new HashSet<>(before.stream().map(InboundRuleView::id).toList()))) {
			throw new InvalidInputException("/ids", Text.of("inrules.error.order"));
		}
		rules.renumber(ws(m), ids);
		List<InboundRuleView> after = rules.of(ws(m));
		events.publishEvent(AuditableChange.updated(ws(m), "inbound-rule", "order",
				before.stream().map(InboundRuleView::name).toList(), after.stream().map(InboundRuleView::name).toList(),
				"Reordered inbound rules"));
		return after;
	}

	private static WorkspaceId ws(Membership m) {
		return m.workspace().id();
	}

}
