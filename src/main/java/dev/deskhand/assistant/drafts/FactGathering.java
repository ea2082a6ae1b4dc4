package dev.deskhand.assistant.drafts;

import dev.deskhand.assistant.Fact;
import dev.deskhand.assistant.FactSource;
import dev.deskhand.assistant.FoundReference;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.inbox.ConversationView;
import dev.deskhand.references.ReferenceChecks;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.OrderView;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers the facts a reply may state from the workspace's records, each with its source
 * {@code type:id:field}: the shipments the mail's references point to (status, ETA and
 * promised delivery, last event's place and time, carrier, references, POD), their and
 * the named orders, what we wrote earlier in the conversation (an ETA promised), and
 * every {@link FactSource} of higher modules.
 */
@Component
public class FactGathering {

	private final ShipmentManagement shipments;

	private final ObjectProvider<FactSource> sources;

	FactGathering(ShipmentManagement shipments, ObjectProvider<FactSource> sources) {
		this.shipments = shipments;
		this.sources = sources;
	}

	public Gathered gather(WorkspaceId ws, List<FoundReference> references, @Nullable ConversationView conversation,
			ZoneId zone) {
		List<Fact> facts = new ArrayList<>();
		Set<String> known = new HashSet<>();
		List<String> valid = references.stream().filter(FoundReference::valid).map(FoundReference::value).toList();
		List<Gathered.ShipmentFacts> found = new ArrayList<>();
		for (ShipmentView s : valid.isEmpty() ? List.<ShipmentView>of() : shipments.findByReferences(ws, valid)) {
			Gathered.ShipmentFacts f = shipmentFacts(ws, s, zone);
			found.add(f);
			facts.addAll(allFacts(f, zone));
			s.references().forEach(r -> known.add(r.value()));
		}
		Map<UUID, OrderView> orders = new LinkedHashMap<>();
		for (FoundReference r : references) {
			if (r.type().equals("order")) {
				shipments.findOrderByNumber(ws, r.value()).ifPresent(o -> orders.put(o.id(), o));
			}
		}
		for (Gathered.ShipmentFacts f : found) {
			UUID order = f.shipment().orderId();
			if (order != null) {
				shipments.findOrder(ws, order).ifPresent(o -> orders.put(o.id(), o));
			}
		}
		for (OrderView o : orders.values()) {
			facts.addAll(orderFacts(o));
			known.add(ReferenceChecks.normalise(o.number()));
		}
		if (conversation != null) {
			facts.addAll(EarlierReplies.facts(conversation));
		}
		List<Fact> fromSources = new ArrayList<>();
		for (FactSource source : sources.orderedStream().toList()) {
			fromSources.addAll(source.facts(ws, references));
		}
		facts.addAll(fromSources);
		fromSources.stream().filter(f -> f.kind().equals("reference")).forEach(f -> known.add(f.value()));
		List<FoundReference> unmatched = references.stream()
			.filter(FoundReference::valid)
			.filter(r -> !known.contains(r.value()))
			.toList();
		List<FoundReference> invalid = references.stream().filter(r -> !r.valid()).toList();
		return new Gathered(dedupe(facts), found, List.copyOf(orders.values()), unmatched, invalid, fromSources);
	}

	/** The facts of one shipment by field. */
	public Gathered.ShipmentFacts shipmentFacts(WorkspaceId ws, ShipmentView s, ZoneId zone) {
		String id = "shipment:" + s.id().value() + ":";
		Map<String, Fact> fields = new LinkedHashMap<>();
		fields.put("number", new Fact("reference", ReferenceChecks.normalise(s.label()), id + "number"));
		for (ShipmentView.ReferenceView r : s.references()) {
			fields.put("reference:" + r.value(), new Fact("reference", r.value(), id + "reference"));
		}
		fields.put("status", new Fact("text", s.status().code(), id + "status"));
		putTime(fields, "eta", s.eta(), id, zone);
		putTime(fields, "promised_delivery", s.promisedDelivery(), id, zone);
		putTime(fields, "last_event_at", s.lastEventAt(), id, zone);
		putTime(fields, "delivered_at", s.deliveredAt(), id, zone);
		if (s.lastLocation() != null && !s.lastLocation().isBlank()) {
			fields.put("last_location", new Fact("place", s.lastLocation(), id + "last_location"));
		}
		if (s.carrier() != null) {
			fields.put("carrier", new Fact("name", s.carrier().name(), "party:" + s.carrier().id() + ":name"));
		}
		else if (s.carrierCode() != null && !s.carrierCode().isBlank()) {
			fields.put("carrier", new Fact("name", s.carrierCode(), id + "carrier_code"));
		}
		place(fields, "origin", s.origin(), id);
		place(fields, "destination", s.destination(), id);
		List<DocumentId> pods = shipments.proofsOfDelivery(ws, s.id());
		return new Gathered.ShipmentFacts(s, fields, pods);
	}

	private static void place(Map<String, Fact> fields, String name, ShipmentView.@Nullable Place p, String id) {
		if (p == null) {
			return;
		}
		String v = p.name() != null && !p.name().isBlank() ? p.name() : p.unlocode();
		if (v != null) {
			fields.put(name, new Fact("place", v, id + name));
		}
	}

	private static void putTime(Map<String, Fact> fields, String name, @Nullable Instant at, String id, ZoneId zone) {
		if (at != null) {
			fields.put(name, new Fact("datetime", LocalFormats.canonicalDateTime(at, zone), id + name));
		}
	}

	/**
	 * The fields' facts, each date-time also as its date and its time (a text may state
	 * either alone), and each POD.
	 */
	public static List<Fact> allFacts(Gathered.ShipmentFacts f, ZoneId zone) {
		List<Fact> out = new ArrayList<>();
		for (Fact fact : f.fields().values()) {
			out.add(fact);
			if (fact.kind().equals("datetime")) {
				out.add(new Fact("date", fact.value().substring(0, 10), fact.source()));
				out.add(new Fact("time", fact.value().substring(11), fact.source()));
			}
		}
		for (DocumentId d : f.pods()) {
			out.add(new Fact("text", d.value().toString(), "document:" + d.value() + ":pod"));
		}
		return out;
	}

	static List<Fact> orderFacts(OrderView o) {
		String id = "order:" + o.id() + ":";
		List<Fact> out = new ArrayList<>();
		out.add(new Fact("reference", ReferenceChecks.normalise(o.number()), id + "number"));
		for (OrderView.Line l : o.lines()) {
			out.add(new Fact("number", l.quantity().stripTrailingZeros().toPlainString(),
					id + "line." + l.lineNo() + ".quantity"));
			out.add(new Fact("text", l.sku(), id + "line." + l.lineNo() + ".sku"));
		}
		return out;
	}

	private static List<Fact> dedupe(Collection<Fact> facts) {
		return List.copyOf(new java.util.LinkedHashSet<>(facts));
	}

}
