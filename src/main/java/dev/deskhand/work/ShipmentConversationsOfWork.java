package dev.deskhand.work;

import dev.deskhand.access.Membership;
import dev.deskhand.inbox.ConversationSummary;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.shipments.ShipmentConversations;
import dev.deskhand.shipments.ShipmentId;
import dev.deskhand.shipments.ShipmentWorkItems.LinkedItem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The e-mail conversations about a shipment, for the shipment's page: those of the work
 * items about it ({@link ShipmentWorkItemsOfWork}) and those whose mail names its number
 * or one of its references. The inbox decides which the member may read; each links to
 * the work item where it is read, when the member sees that item.
 */
@Component
class ShipmentConversationsOfWork implements ShipmentConversations {

	/** The items about a shipment whose conversations are asked for. */
	private static final int ITEMS = 50;

	private final ShipmentWorkItemsOfWork items;

	private final InboxManagement inbox;

	ShipmentConversationsOfWork(ShipmentWorkItemsOfWork items, InboxManagement inbox) {
		this.items = items;
		this.inbox = inbox;
	}

	@Override
	public List<LinkedConversation> of(Membership m, ShipmentId shipment, String number, Collection<String> references,
			int limit) {
		List<ConversationSummary> found = inbox.conversationsAbout(m,
				items.conversations(m, shipment, number, references, ITEMS),
				ShipmentWorkItemsOfWork.naming(number, references), limit);
		Map<UUID, LinkedItem> holding = items.holding(m, found.stream().map(ConversationSummary::id).toList());
		return found.stream().map(c -> {
			LinkedItem item = holding.get(c.id().value());
			return new LinkedConversation(c.id().value(), c.subject(), c.sender(), c.lastMessageAt(),
					item == null ? null : item.id(), item == null ? null : item.reference());
		}).toList();
	}

}
