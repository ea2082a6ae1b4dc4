package dev.deskhand.shipments;

import dev.deskhand.access.Membership;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail conversations about a shipment, for its page. Shipments knows neither the
 * inbox nor work: the work module, which sees both, implements this (as
 * {@link ShipmentWorkItems}). Without an implementation the page shows none.
 */
public interface ShipmentConversations {

	/**
	 * The conversations the member may read (the inbox's rules) that belong to the work
	 * items about the shipment or name its number or one of its references, newest first,
	 * at most {@code limit}.
	 */
	List<LinkedConversation> of(Membership m, ShipmentId shipment, String number, Collection<String> references,
			int limit);

	/**
	 * @param sender who wrote its latest received message, {@code Name <address>}
	 * @param item the work item where it is read, when the member sees one; null
	 * otherwise
	 * @param itemReference the item's reference ({@code W-17}), null without item
	 */
	record LinkedConversation(UUID id, String subject, String sender, Instant lastMessageAt, @Nullable UUID item,
			@Nullable String itemReference) {
	}

}
