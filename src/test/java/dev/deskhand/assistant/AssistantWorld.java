package dev.deskhand.assistant;

import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.parties.NewContact;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.WorkspaceId;
import dev.deskhand.shipments.NewShipment;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TransportMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A workspace with a customer (and its contact), a carrier and shipments, for the
 * assistant's tests: shipments are typed in through the shipments module, and what their
 * events would have derived (status, ETA, last place) is set as the ingest leaves it.
 */
@Component
class AssistantWorld {

	final TestFixtures fixtures;

	final AccessPolicy policy;

	final PartyManagement parties;

	final ShipmentManagement shipments;

	final DocumentStore documents;

	final JdbcClient jdbc;

	AssistantWorld(TestFixtures fixtures, AccessPolicy policy, PartyManagement parties, ShipmentManagement shipments,
			DocumentStore documents, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.policy = policy;
		this.parties = parties;
		this.shipments = shipments;
		this.documents = documents;
		this.jdbc = jdbc;
	}

	record World(TestFixtures.Ws ws, WorkspaceId id, PartyView customer, PartyView carrier, String contact) {
	}

	World world(String language, String customerLanguage) {
		var ws = fixtures.workspace("assist", language);
		Membership m = membership(ws, Permission.PARTIES_MANAGE);
		String domain = "kunde" + System.nanoTime() + ".test";
		PartyView customer = parties.create(m,
				NewParty.of(PartyKind.CUSTOMER, "Kunde " + System.nanoTime(), customerLanguage, domain));
		String contact = "anna@" + domain;
		parties.addContact(m, customer.id(), new NewContact("Anna", contact, null, customerLanguage));
		PartyView carrier = parties.create(m, NewParty.of(PartyKind.CARRIER, "Maersk Line", "en"));
		return new World(ws, ws.view().id(), parties.find(ws.view().id(), customer.id()).orElseThrow(), carrier,
				contact);
	}

	Membership membership(TestFixtures.Ws ws, Permission p) {
		return fixtures.as(ws.owner(), () -> policy.require(ws.slug(), p));
	}

	/** A shipment with this container for the world's customer and carrier. */
	ShipmentView shipment(World w, String container, @Nullable Instant promised) {
		Membership m = membership(w.ws(), Permission.SHIPMENTS_MANAGE);
		return shipments.createShipment(m,
				new NewShipment(TransportMode.OCEAN, w.customer().id().value(), w.carrier().id().value(),
						List.of(new NewShipment.NewReference(null, container)), promised, null, null, null, null));
	}

	/**
	 * What the shipment's events would have derived, stored when the last of them came
	 * (so the exception clock judges it: it leaves a shipment an import stored in the
	 * last minute to its import).
	 */
	void tracked(ShipmentView s, String status, String place, Instant lastEvent, @Nullable Instant eta) {
		jdbc.sql("""
				update shipments.shipment set status = ?, status_at = ?, last_event_at = ?, last_location = ?, eta = ?,
				    eta_source = case when ? then 'dcsa' end, updated_at = ? where id = ?""")
			.params(status, Timestamp.from(lastEvent), Timestamp.from(lastEvent), place,
					eta == null ? null : Timestamp.from(eta), eta != null, Timestamp.from(lastEvent), s.id().value())
			.update();
	}

	void delivered(ShipmentView s, Instant at) {
		jdbc.sql("update shipments.shipment set status = 'delivered', delivered_at = ?, last_event_at = ? where id = ?")
			.params(Timestamp.from(at), Timestamp.from(at), s.id().value())
			.update();
	}

	/** A POD filed and attached to the shipment, as its page does. */
	UUID pod(World w, ShipmentView s) {
		DocumentView d = documents.store(membership(w.ws(), Permission.DOCUMENTS_UPLOAD), "pod.pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(), null);
		jdbc.sql("""
				insert into shipments.shipment_document (shipment_id, document_id, kind, attached_by, attached_at)
				values (?, ?, 'pod', 'test', now())""").params(s.id().value(), d.id().value()).update();
		return d.id().value();
	}

}
