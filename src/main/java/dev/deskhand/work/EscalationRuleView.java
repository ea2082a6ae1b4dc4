package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An escalation rule: on a warning or breach, notify the members with a role or one
 * member through the channels, and/or reassign the item to them. Fires once per item, SLA
 * target and recipient.
 *
 * @param webhookUrl for the WEBHOOK channel: an incoming webhook of Slack or Teams
 */
public record EscalationRuleView(UUID id, EscalationTrigger trigger, @Nullable Role targetRole,
		@Nullable MemberId targetMember, Set<EscalationChannel> channels, @Nullable String webhookUrl,
		boolean reassign) {

	public EscalationRuleView {
		channels = Set.copyOf(channels);
	}

}
