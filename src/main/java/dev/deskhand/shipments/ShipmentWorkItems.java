package dev.deskhand.shipments;

import dev.deskhand.access.Membership;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The work items about a shipment, for its page. Work depends on shipments, not the other
 * way round: the work module implements this (as it implements the parties' SLA policy
 * choices) and shipments only shows what it answers. Without an implementation (a build
 * without work) the page shows none.
 */
public interface ShipmentWorkItems {

	/**
	 * The items the member sees that are about this shipment: linked to it, or naming its
	 * number or one of its references, newest first, at most {@code limit}.
	 */
	List<LinkedItem> of(Membership m, ShipmentId shipment, String number, Collection<String> references, int limit);

	/**
	 * @param statusKey the message key of the item's status in words
	 * @param open not resolved or closed
	 */
	record LinkedItem(UUID id, String reference, String title, String statusKey, boolean open) {
	}

}
