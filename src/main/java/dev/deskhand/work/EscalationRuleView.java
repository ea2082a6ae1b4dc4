package dev.deskhand.work;

import dev.deskhand.workspace.MemberId;
import dev.deskhand.workspace.Role;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An escalation rule: on a warning or breach (of items of one priority and/or type, or of
 * all), notify the members with a role or one member through the channels and/or reassign
 * the item to them, e-mail a fixed address, post to a webhook. Fires once per item, SLA
 * target and recipient.
 *
 * @param targetRole the people with this role, or null
 * @param targetMember this one member, or null (a rule that only e-mails an address or
 * posts to a webhook names nobody)
 * @param channels {@code IN_APP} and {@code EMAIL} reach the named people,
 * {@code WEBHOOK} the webhook
 * @param webhookUrl for the WEBHOOK channel: an incoming webhook of Slack or Teams
 * @param emailTo a further address that is e-mailed, e.g. a shared dispatch inbox
 * @param matchPriority only items of this priority, or null for all
 * @param matchType only items of this type, or null for all
 */
public record EscalationRuleView(UUID id, EscalationTrigger trigger, @Nullable Role targetRole,
		@Nullable MemberId targetMember, Set<EscalationChannel> channels, @Nullable String webhookUrl, boolean reassign,
		@Nullable String emailTo, @Nullable Priority matchPriority, @Nullable String matchType) {

	public EscalationRuleView {
		channels = Set.copyOf(channels);
	}

	/** Whether the rule applies to an item of this priority and type. */
	public boolean matches(Priority priority, String type) {
		return (matchPriority == null || matchPriority == priority) && (matchType == null || matchType.equals(type));
	}

}
