package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An escalation rule to add: at most one of {@code targetRole} and {@code targetMember};
 * notifying in the app, e-mailing people and reassigning need one of them, while
 * {@code emailTo} and a webhook work without. See {@link EscalationRuleView}.
 */
public record NewEscalationRule(EscalationTrigger trigger, @Nullable Role targetRole, @Nullable MemberId targetMember,
		@Nullable Set<EscalationChannel> channels, @Nullable String webhookUrl, @Nullable Boolean reassign,
		@Nullable String emailTo, @Nullable Priority matchPriority, @Nullable String matchType) {

	/** {@code reassign} omitted (null) is false. */
	public NewEscalationRule {
		reassign = Boolean.TRUE.equals(reassign);
	}

	/**
	 * A rule for every item that notifies people or a webhook, without a fixed address.
	 */
	public NewEscalationRule(EscalationTrigger trigger, @Nullable Role targetRole, @Nullable MemberId targetMember,
			@Nullable Set<EscalationChannel> channels, @Nullable String webhookUrl, boolean reassign) {
		this(trigger, targetRole, targetMember, channels, webhookUrl, reassign, null, null, null);
	}

}
