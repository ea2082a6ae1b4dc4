package dev.deskhand.work;

import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.workspace.MemberId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An escalation rule fired for an item: the e-mail and webhook channels are delivered by
 * listeners of this event (the webhook by the work module itself, e-mail by whoever wires
 * the inbox to it).
 *
 * @param rule the escalation rule's id
 * @param recipient the member to notify, or null for a webhook or the rule's fixed e-mail
 * address
 */
public record EscalationRaised(WorkspaceId workspace, WorkItemId item, UUID rule, @Nullable MemberId recipient,
		EscalationChannel channel, String text) {
}
