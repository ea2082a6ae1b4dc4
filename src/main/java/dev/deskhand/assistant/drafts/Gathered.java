package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.FoundReference;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.shipments.OrderView;
import dev.deskhand.shipments.ShipmentView;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the workspace's records say about an e-mail's references.
 *
 * @param facts every fact gathered, with its source (what the verifier checks against)
 * @param shipments the shipments the references point to, with their facts by field
 * @param orders the orders named (or the shipments' orders)
 * @param unmatched valid references no record knows
 * @param invalid references whose check failed (the customer's value, as written)
 * @param sourceFacts the facts of the fact sources (invoices once billing exists)
 */
public record Gathered(List<Fact> facts, List<ShipmentFacts> shipments, List<OrderView> orders,
		List<FoundReference> unmatched, List<FoundReference> invalid, List<Fact> sourceFacts) {

	public Gathered {
		facts = List.copyOf(facts);
		shipments = List.copyOf(shipments);
		orders = List.copyOf(orders);
		unmatched = List.copyOf(unmatched);
		invalid = List.copyOf(invalid);
		sourceFacts = List.copyOf(sourceFacts);
	}

	/**
	 * A shipment and its facts by field ({@code number}, {@code reference:VALUE},
	 * {@code status}, {@code eta}, {@code promised_delivery}, {@code last_location},
	 * {@code last_event_at}, {@code delivered_at}, {@code carrier}), and its PODs.
	 */
	public record ShipmentFacts(ShipmentView shipment, Map<String, Fact> fields, List<DocumentId> pods) {

		public ShipmentFacts {
			fields = Map.copyOf(fields);
			pods = List.copyOf(pods);
		}

		public @Nullable Fact field(String name) {
			return fields.get(name);
		}

	}

}
