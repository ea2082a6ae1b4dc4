package dev.deskhand.work;

import java.util.List;
import java.util.UUID;

/**
 * An inbound rule: when all its conditions match a new e-mail's work item, its actions
 * apply; rules run in {@code position} order, and one with {@code stopProcessing} ends
 * the run when it matched.
 */
public record InboundRuleView(UUID id, int position, String name, boolean enabled, boolean stopProcessing,
		List<RuleCondition> conditions, List<RuleAction> actions) {

	public InboundRuleView {
		conditions = List.copyOf(conditions);
		actions = List.copyOf(actions);
	}

	/** The value of the first condition of this kind, or null; for forms. */
	public String condition(RuleCondition.Kind kind) {
		return conditions.stream()
			.filter(c -> c.kind() == kind)
			.map(c -> c.value() == null ? "true" : c.value())
			.findFirst()
			.orElse("");
	}

	/** The values of the actions of this kind, in order; for forms. */
	public List<String> action(RuleAction.Kind kind) {
		return actions.stream().filter(a -> a.kind() == kind).map(a -> a.value() == null ? "true" : a.value()).toList();
	}

}
