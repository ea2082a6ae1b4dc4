package dev.deskhand.assistant;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ShipmentId;
import java.time.Instant;
import java.util.UUID;

/**
 * A delay notice went to the customer (approved, or automatically by the workspace's
 * policy), in a conversation of its own filed under the customer: e.g. for the work
 * module to link the conversation to the exception's item.
 *
 * @param decidedBy {@code member:<id>} or {@code system}
 */
public record DelayNoticeSent(WorkspaceId workspace, UUID notice, UUID exception, ShipmentId shipment, PartyId customer,
		ConversationId conversation, String decidedBy, Instant sentAt) {
}
