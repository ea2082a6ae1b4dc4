package dev.deskhand.work.internal;

import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.work.InboundRuleView;
import dev.deskhand.work.NewInboundRule;
import dev.deskhand.work.Priority;
import dev.deskhand.work.RuleAction;
import dev.deskhand.work.RuleCondition;
import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an inbound rule against the workspace: each failure names its field (a JSON
 * pointer such as {@code /actions/1/value}) and the value it did not know.
 */
@Component
public class RuleChecks {

	private static final Pattern DOMAIN = Pattern.compile("^[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$");

	private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$");

	private final SlaPolicies policies;

	private final WorkspaceManagement workspaces;

	private final PartyManagement parties;

	RuleChecks(SlaPolicies policies, WorkspaceManagement workspaces, PartyManagement parties) {
		this.policies = policies;
		this.workspaces = workspaces;
		this.parties = parties;
	}

	public InboundRuleView check(WorkspaceId workspace, UUID id, int position, NewInboundRule n) {
		String name = n.name() == null ? "" : n.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new RuleProblem("/name", "Name the rule in 1 to 100 characters", "inrules.error.name");
		}
		List<RuleCondition> conditions = n.conditions() == null ? List.of() : n.conditions();
		List<RuleAction> actions = n.actions() == null ? List.of() : n.actions();
		if (conditions.isEmpty() || conditions.size() > 20) {
			throw new RuleProblem("/conditions", "Give 1 to 20 conditions", "inrules.error.conditions");
		}
		if (actions.isEmpty() || actions.size() > 20) {
			throw new RuleProblem("/actions", "Give 1 to 20 actions", "inrules.error.actions");
		}
		List<RuleCondition> checkedConditions = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			checkedConditions.add(condition(workspace, "/conditions/" + i, conditions.get(i)));
		}
		List<RuleAction> checkedActions = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			checkedActions.add(action(workspace, "/actions/" + i, actions.get(i)));
		}
		return new InboundRuleView(id, position, name, n.enabled() == null || n.enabled(),
				n.stopProcessing() != null && n.stopProcessing(), checkedConditions, checkedActions);
	}

	private RuleCondition condition(WorkspaceId workspace, String pointer, @Nullable RuleCondition c) {
		if (c == null || c.kind() == null) {
			throw new RuleProblem(pointer + "/kind", "Choose what the condition looks at",
					"inrules.error.conditionKind");
		}
		if (c.kind() == RuleCondition.Kind.HAS_ATTACHMENT) {
			return new RuleCondition(c.kind(), null);
		}
		String value = c.value() == null ? "" : c.value().strip();
		if (value.isEmpty() || value.length() > 200) {
			throw new RuleProblem(pointer + "/value", "Write 1 to 200 characters", "inrules.error.value");
		}
		return switch (c.kind()) {
			case MAILBOX, SENDER -> {
				String address = value.toLowerCase(Locale.ROOT);
				if (!ADDRESS.matcher(address).matches()) {
					throw new RuleProblem(pointer + "/value", "Not an e-mail address: " + value,
							"inrules.error.address", value);
				}
				yield new RuleCondition(c.kind(), address);
			}
			case SENDER_DOMAIN -> {
				String domain = value.toLowerCase(Locale.ROOT).replaceFirst("^@", "");
				if (!DOMAIN.matcher(domain).matches()) {
					throw new RuleProblem(pointer + "/value", "Not a domain: " + value, "inrules.error.domain", value);
				}
				yield new RuleCondition(c.kind(), domain);
			}
			case PARTY -> new RuleCondition(c.kind(), party(workspace, pointer + "/value", value).id().toString());
			default -> new RuleCondition(c.kind(), value);
		};
	}

	private RuleAction action(WorkspaceId workspace, String pointer, @Nullable RuleAction a) {
		if (a == null || a.kind() == null) {
			throw new RuleProblem(pointer + "/kind", "Choose what the action does", "inrules.error.actionKind");
		}
		String value = a.value() == null ? "" : a.value().strip();
		String at = pointer + "/value";
		return switch (a.kind()) {
			case CLOSE -> new RuleAction(a.kind(), null);
			case SET_PARTY -> new RuleAction(a.kind(), party(workspace, at, value).id().toString());
			case SET_TYPE -> {
				try {
					yield new RuleAction(a.kind(), Inputs.type(at, value));
				}
				catch (InvalidInputException e) {
					throw new RuleProblem(at,
							"Unknown work type '" + value + "': 1 to 60 lower-case letters, digits, '-' or '_'",
							"inrules.error.type", value);
				}
			}
			case SET_PRIORITY -> {
				try {
					yield new RuleAction(a.kind(), Priority.valueOf(value.toUpperCase(Locale.ROOT)).name());
				}
				catch (IllegalArgumentException e) {
					throw new RuleProblem(at, "Unknown priority '" + value + "'", "inrules.error.priority", value);
				}
			}
			case ADD_TAG -> {
				try {
					yield new RuleAction(a.kind(), Inputs.tags(List.of(value)).getFirst());
				}
				catch (InvalidInputException e) {
					throw new RuleProblem(at,
							"Not a tag: '" + value + "' (1 to 40 letters, digits, spaces, '_', '.', '-')",
							"inrules.error.tag", value);
				}
			}
			case SET_SLA_POLICY -> {
				UUID policy = uuid(value);
				if (policy == null || policies.find(workspace, policy).isEmpty()) {
					throw new RuleProblem(at, "Unknown SLA policy '" + value + "'", "inrules.error.policy", value);
				}
				yield new RuleAction(a.kind(), policy.toString());
			}
			case ASSIGN_MEMBER -> {
				UUID member = uuid(value);
				if (member == null || workspaces.findMember(new MemberId(member))
					.filter(m -> m.workspace().equals(workspace) && m.active() && m.person() != null)
					.isEmpty()) {
					throw new RuleProblem(at, "Unknown assignee '" + value + "': not a person in this workspace",
							"inrules.error.member", value);
				}
				yield new RuleAction(a.kind(), member.toString());
			}
			case ASSIGN_ROLE -> {
				try {
					Role role = Role.valueOf(value.toUpperCase(Locale.ROOT));
					if (role == Role.AGENT) {
						throw new IllegalArgumentException();
					}
					yield new RuleAction(a.kind(), role.name());
				}
				catch (IllegalArgumentException e) {
					throw new RuleProblem(at, "Unknown role '" + value + "'", "inrules.error.role", value);
				}
			}
		};
	}

	/**
	 * The workspace's customer or carrier named {@code value} (whatever its case), or
	 * whose id it is (as the rule stores it, so a rename keeps the rule).
	 */
	private PartyView party(WorkspaceId workspace, String pointer, String value) {
		if (value.isEmpty()) {
			throw new RuleProblem(pointer, "Write 1 to 200 characters", "inrules.error.value");
		}
		UUID id = uuid(value);
		return (id == null ? parties.findByName(workspace, value) : parties.find(workspace, new PartyId(id)))
			.orElseThrow(() -> new RuleProblem(pointer, "Unknown customer or carrier '" + value + "'",
					"inrules.error.partyUnknown", value));
	}

	private static @Nullable UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
