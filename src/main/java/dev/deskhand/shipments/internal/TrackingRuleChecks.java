package dev.deskhand.shipments.internal;

import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.SlaPolicyChoices;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.Text;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.NewTrackingRule;
import dev.deskhand.shipments.TrackingExceptionKind;
import dev.deskhand.shipments.TrackingRuleView;
import dev.deskhand.shipments.TrackingStatus;
import dev.deskhand.shipments.TransportMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a written rule against the workspace: each refusal names its field (a JSON
 * pointer) and says why with a {@code shipments.exc.error.*} text naming the value.
 */
@Component
public class TrackingRuleChecks {

	static final Pattern WORK_TYPE = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,59}$");

	static final Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");

	private final TrackingRuleStore rules;

	private final PartyManagement parties;

	private final ObjectProvider<SlaPolicyChoices> policies;

	TrackingRuleChecks(TrackingRuleStore rules, PartyManagement parties, ObjectProvider<SlaPolicyChoices> policies) {
		this.rules = rules;
		this.parties = parties;
		this.policies = policies;
	}

	/** The hours a rule of this kind gets when none are given. */
	public static int defaultHours(TrackingExceptionKind kind) {
		return switch (kind) {
			case MISSED_CHECKPOINT -> 6;
			case ETA_SLIP -> 24;
			case STALE -> 48;
			case CARRIER_EXCEPTION -> 0;
		};
	}

	public TrackingRuleView check(WorkspaceId workspace, UUID id, NewTrackingRule n) {
		String name = n.name() == null ? "" : n.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw refused("/name", "shipments.exc.error.name");
		}
		if (rules.nameTaken(workspace, name, id)) {
			throw refused("/name", "shipments.exc.error.nameTaken", name);
		}
		TrackingExceptionKind kind = kind(n.kind());
		int hours = n.hours() == null ? defaultHours(kind) : n.hours();
		if (hours < (kind == TrackingExceptionKind.STALE ? 1 : 0) || hours > 8760) {
			throw refused("/hours", "shipments.exc.error.hours", String.valueOf(hours));
		}
		List<String> statuses = new ArrayList<>();
		List<String> given = n.statuses() == null ? List.of() : n.statuses();
		for (int i = 0; i < given.size(); i++) {
			String s = given.get(i) == null ? "" : given.get(i).strip();
			if (s.isEmpty()) {
				continue;
			}
			try {
				String code = TrackingStatus.parse(s).code();
				if (!statuses.contains(code)) {
					statuses.add(code);
				}
			}
			catch (IllegalArgumentException e) {
				throw refused("/statuses/" + i, "shipments.exc.error.status", s);
			}
		}
		if (kind != TrackingExceptionKind.CARRIER_EXCEPTION) {
			statuses.clear();
		}
		party(workspace, "/customer", n.customer(), PartyKind.CUSTOMER);
		party(workspace, "/carrier", n.carrier(), PartyKind.CARRIER);
		String mode = null;
		if (n.mode() != null && !n.mode().isBlank()) {
			try {
				mode = TransportMode.parse(n.mode()).code();
			}
			catch (IllegalArgumentException e) {
				throw refused("/mode", "shipments.exc.error.mode", n.mode());
			}
		}
		String type = n.workType() == null ? "" : n.workType().strip().toLowerCase(Locale.ROOT);
		if (!WORK_TYPE.matcher(type).matches()) {
			throw refused("/workType", "shipments.exc.error.workType", type);
		}
		if (n.slaPolicy() != null) {
			SlaPolicyChoices choices = policies.getIfAvailable();
			if (choices != null && choices.of(workspace).stream().noneMatch(c -> c.id().equals(n.slaPolicy()))) {
				throw refused("/slaPolicy", "shipments.exc.error.slaPolicy", n.slaPolicy().toString());
			}
		}
		String priority = n.priority() == null || n.priority().isBlank() ? "NORMAL"
				: n.priority().strip().toUpperCase(Locale.ROOT);
		if (!PRIORITIES.contains(priority)) {
			throw refused("/priority", "shipments.exc.error.priority", n.priority());
		}
		return new TrackingRuleView(id, name, n.enabled() == null || n.enabled(), kind.code(), hours, statuses,
				n.customer(), n.carrier(), mode, type, n.slaPolicy(), priority);
	}

	private static TrackingExceptionKind kind(@Nullable String kind) {
		try {
			return TrackingExceptionKind.parse(kind == null ? "" : kind);
		}
		catch (IllegalArgumentException e) {
			throw refused("/kind", "shipments.exc.error.kind", String.valueOf(kind));
		}
	}

	private void party(WorkspaceId workspace, String field, @Nullable UUID id, PartyKind kind) {
		if (id != null && parties.find(workspace, new PartyId(id)).filter(p -> p.kind() == kind).isEmpty()) {
			throw refused(field, "shipments.exc.error" + field.replace('/', '.'), id.toString());
		}
	}

	private static InvalidInputException refused(String field, String key, Object... args) {
		return new InvalidInputException(field, Text.of(key, args));
	}

}
