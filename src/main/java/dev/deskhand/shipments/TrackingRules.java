package dev.deskhand.shipments;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.internal.ExceptionEvaluation;
import dev.deskhand.shipments.internal.TrackingRuleChecks;
import dev.deskhand.shipments.internal.TrackingRuleStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shipments module's facade for a workspace's tracking exception rules. Everyone with
 * {@link Permission#WORK_VIEW} reads them; changes need
 * {@link Permission#SHIPMENTS_MANAGE} and publish an {@link AuditableChange}. A new or
 * changed rule applies to the shipments already there at the next minute's look
 * ({@code ExceptionClock}); switching a rule off, narrowing it or deleting it resolves
 * its open exceptions at once.
 */
@Service
@Transactional
public class TrackingRules {

	private final TrackingRuleStore rules;

	private final TrackingRuleChecks checks;

	private final ExceptionEvaluation evaluation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	TrackingRules(TrackingRuleStore rules, TrackingRuleChecks checks, ExceptionEvaluation evaluation,
			ApplicationEventPublisher events, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.rules = rules;
		this.checks = checks;
		this.evaluation = evaluation;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<TrackingRuleView> rules(Membership m) {
		require(m, Permission.WORK_VIEW);
		return rules.of(ws(m));
	}

	/**
	 * @throws NotFoundException when the workspace has no such rule
	 */
	@Transactional(readOnly = true)
	public TrackingRuleView rule(Membership m, UUID id) {
		require(m, Permission.WORK_VIEW);
		return rules.find(ws(m), id).orElseThrow(() -> new NotFoundException(Text.of("shipments.exc.notFound")));
	}

	/**
	 * Adds a rule.
	 * @throws InvalidInputException naming the field ({@code /name}, {@code /kind},
	 * {@code /hours}, {@code /statuses/N}, {@code /customer}, {@code /carrier},
	 * {@code /mode}, {@code /workType}, {@code /slaPolicy}, {@code /priority})
	 */
	public TrackingRuleView add(Membership m, NewTrackingRule n) {
		require(m, Permission.SHIPMENTS_MANAGE);
		rules.lock(ws(m));
		TrackingRuleView r = checks.check(ws(m), UUID.randomUUID(), n);
		rules.insert(ws(m), r, clock.instant());
		events.publishEvent(AuditableChange.created(ws(m), "tracking-rule", r.id(), r, "Tracking rule " + r.name()));
		return r;
	}

	/**
	 * Replaces a rule's fields. Its open exceptions whose condition no longer holds are
	 * resolved now (switched off, or changed so that it no longer applies).
	 * @throws InvalidInputException as {@link #add}
	 */
	public TrackingRuleView update(Membership m, UUID id, NewTrackingRule n) {
		require(m, Permission.SHIPMENTS_MANAGE);
		rules.lock(ws(m));
		TrackingRuleView before = rule(m, id);
		TrackingRuleView after = checks.check(ws(m), id, n);
		rules.update(ws(m), after, clock.instant());
		events.publishEvent(
				AuditableChange.updated(ws(m), "tracking-rule", id, before, after, "Tracking rule " + after.name()));
		boolean conditionChanged = before.hours() != after.hours() || !before.kind().equals(after.kind())
				|| !before.statuses().equals(after.statuses()) || !Objects.equals(before.customer(), after.customer())
				|| !Objects.equals(before.carrier(), after.carrier()) || !Objects.equals(before.mode(), after.mode());
		if (!after.enabled() || conditionChanged) {
			evaluation.evaluate(ws(m), rules.openShipments(id), clock.instant(), id,
					after.enabled() ? "rule-changed" : null);
		}
		return after;
	}

	/** Deletes a rule; its open exceptions are resolved first. */
	public void delete(Membership m, UUID id) {
		require(m, Permission.SHIPMENTS_MANAGE);
		rules.lock(ws(m));
		TrackingRuleView before = rule(m, id);
		rules.update(ws(m), withEnabled(before, false), clock.instant());
		evaluation.evaluate(ws(m), rules.openShipments(id), clock.instant(), id, "rule-deleted");
		rules.delete(ws(m), id);
		events.publishEvent(AuditableChange.deleted(ws(m), "tracking-rule", id, before, "Deleted " + before.name()));
	}

	/**
	 * Adds the suggested rules that are not there yet (by name), named in the workspace's
	 * language: a checkpoint missed by 6 hours and an ETA 24 hours past the promise (work
	 * type {@code delay}, high), 48 hours without news in transit ({@code tracking},
	 * normal), and a carrier's delay, damage, customs hold or failed delivery
	 * ({@code carrier-exception}, high). Returns the rules added.
	 */
	public List<TrackingRuleView> addSuggested(Membership m) {
		require(m, Permission.SHIPMENTS_MANAGE);
		Locale locale = Locale.forLanguageTag(m.workspace().defaultLanguage());
		List<String> names = rules.of(ws(m)).stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
		List<TrackingRuleView> added = new ArrayList<>();
		for (NewTrackingRule n : List.of(
				suggested(locale, "missed", TrackingExceptionKind.MISSED_CHECKPOINT, "delay", "HIGH"),
				suggested(locale, "eta", TrackingExceptionKind.ETA_SLIP, "delay", "HIGH"),
				suggested(locale, "stale", TrackingExceptionKind.STALE, "tracking", "NORMAL"),
				suggested(locale, "carrier", TrackingExceptionKind.CARRIER_EXCEPTION, "carrier-exception", "HIGH"))) {
			if (!names.contains(String.valueOf(n.name()).toLowerCase(Locale.ROOT))) {
				added.add(add(m, n));
			}
		}
		return added;
	}

	private NewTrackingRule suggested(Locale locale, String key, TrackingExceptionKind kind, String type,
			String priority) {
		return NewTrackingRule.of(messages.getMessage("shipments.exc.suggested." + key, null, locale), kind,
				TrackingRuleChecks.defaultHours(kind), type, priority);
	}

	private static TrackingRuleView withEnabled(TrackingRuleView r, boolean enabled) {
		return new TrackingRuleView(r.id(), r.name(), enabled, r.kind(), r.hours(), r.statuses(), r.customer(),
				r.carrier(), r.mode(), r.workType(), r.slaPolicy(), r.priority());
	}

	private static void require(Membership m, Permission p) {
		if (!m.can(p)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, Text.of("denied.mayNot"));
		}
	}

	private static WorkspaceId ws(Membership m) {
		return m.workspace().id();
	}

}
