package dev.deskhand.assistant;

import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.parties.PartyId;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.ShipmentId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A received e-mail was triaged (once per message; a person's correction publishes it
 * again with {@code corrected} true).
 *
 * @param language da, de, en or other
 * @param intent an {@link Intent#code()}
 * @param references the normalised values found (new text and quoted history)
 * @param party the customer or carrier it comes from, or null
 * @param shipments the shipments its references point to
 */
public record EmailTriaged(WorkspaceId workspace, MessageId message, ConversationId conversation, String language,
		String intent, double confidence, boolean needsPerson, boolean urgent, List<String> references,
		@Nullable PartyId party, List<ShipmentId> shipments, boolean corrected, Instant triagedAt) {

	public EmailTriaged {
		references = List.copyOf(references);
		shipments = List.copyOf(shipments);
	}

}
