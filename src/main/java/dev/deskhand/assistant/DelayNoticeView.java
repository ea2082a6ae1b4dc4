package dev.deskhand.assistant;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.Text;
import dev.deskhand.shipments.ShipmentId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer delay notice written for a tracking exception.
 *
 * @param exception the tracking exception it was written for
 * @param shipmentNumber as people read it, {@code S-1042}
 * @param customer the customer it goes to, or null when the shipment has none
 * @param language da, de or en (the customer's)
 * @param recipient the customer contact's address, or null when the customer has none
 * @param facts the facts the text states, with their sources and spans
 * @param status {@code pending}, {@code sent} or {@code rejected}
 * @param reason why it cannot go out as it is (something unbacked, no contact), or null
 * @param rejectReason a person's reason for rejecting it
 * @param decidedBy {@code member:<id>}, or {@code system} when sent automatically
 * @param conversation the conversation the sent notice started (on the customer's record)
 */
public record DelayNoticeView(UUID id, UUID exception, ShipmentId shipment, String shipmentNumber,
		@Nullable PartyId customer, @Nullable String customerName, String language, @Nullable String recipient,
		String subject, String text, List<PlacedFact> facts, String status, @Nullable Text reason,
		@Nullable String rejectReason, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable ConversationId conversation, Instant createdAt) {

	public DelayNoticeView {
		facts = List.copyOf(facts);
	}

	public boolean pending() {
		return "pending".equals(status);
	}

}
