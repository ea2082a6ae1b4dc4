package dev.deskhand.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.parties.NewParty;
import dev.deskhand.parties.PartyKind;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shipment's page lists the e-mail conversations about it, in Danish: those of the work
 * items linked to it and those whose mail names its number or one of its references (as
 * written or compact), newest first, each linking to its work item; never mail or a work
 * item that names a longer number that only starts with it. A member scoped to the
 * shipment's customer sees that customer's conversations and no other customer's or
 * mailbox's.
 */
@IntegrationTest
class ShipmentConversationsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	PartyManagement parties;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData mail;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theShipmentPageListsTheConversationsAboutItThatTheReaderMayOpen() {
		var ws = fixtures.workspace("ship-mail");
		var owner = ws.owner();
		workspaces.updateProfile(owner.person().id(), owner.person().displayName(), "da", "Europe/Copenhagen");
		UUID workspace = ws.view().id().value();
		PartyView carlsberg = fixtures.as(owner, () -> {
			Membership m = policy.require(ws.slug(), Permission.PARTIES_MANAGE);
			parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Tuborg", "da", "tuborg.example"));
			return parties.create(m, NewParty.of(PartyKind.CUSTOMER, "Carlsberg", "da", "carlsberg.example"));
		});
		MailboxId box = fixtures.as(owner,
				() -> inbox
					.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
							mail.unreachableMailbox("kundeservice-" + System.nanoTime() + "@nordhavn.test"))
					.id());
		UUID shipment = shipment(workspace, 12, carlsberg);
		jdbc.sql("insert into shipments.shipment_reference values (?, ?, 'container', 'MSKU1234565', 'MSKU 123456-5',"
				+ " true)")
			.params(shipment, workspace)
			.update();

		ConversationId linked = mail.receive(box, "maja@carlsberg.example", "Booking til Hamburg",
				"Kan I hente på tirsdag?");
		ConversationId written = mail.receive(box, "maja@carlsberg.example", "Forsinkelse",
				"Container MSKU 123456-5 er forsinket.");
		mail.receive(box, "lager@tuborg.example", "Spørgsmål fra Tuborg", "Hvor er MSKU1234565?");
		mail.receive(box, "info@ukendt.example", "Ukendt afsender", "Hvad med S-12?");
		mail.receive(box, "maja@carlsberg.example", "Om S-123", "Det gælder også MSKU12345650.");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select count(*) from work.item where workspace_id = ? and conversation_id is not null")
				.param(workspace)
				.query(Long.class)
				.single() == 5);
		UUID linkedItem = itemOf(linked);
		jdbc.sql("update work.item set links = array_append(links, ?) where id = ?")
			.params("shipment:" + shipment, linkedItem)
			.update();

		String whole = WebSession.signIn(port, owner).get("/w/" + ws.slug() + "/shipments/" + shipment).body();
		assertThat(section(whole, "work-items")).contains("Booking til Hamburg").doesNotContain("S-123");
		String page = section(whole, "conversations");
		assertThat(page)
			.contains("E-mailsamtaler", "Booking til Hamburg", "Forsinkelse", "Spørgsmål fra Tuborg", "Ukendt afsender",
					"fra maja@carlsberg.example", "seneste besked", "/w/" + ws.slug() + "/items/" + linkedItem,
					"/w/" + ws.slug() + "/items/" + itemOf(written))
			.doesNotContain("S-123", "??");
		assertThat(page.indexOf("Ukendt afsender")).isLessThan(page.indexOf("Spørgsmål fra Tuborg"));
		assertThat(page.indexOf("Spørgsmål fra Tuborg")).isLessThan(page.indexOf("Forsinkelse"));
		assertThat(page.indexOf("Forsinkelse")).isLessThan(page.indexOf("Booking til Hamburg"));

		var freja = fixtures.member(ws, Role.ASSISTANT, null, ScopeRef.parse("customer:Carlsberg"));
		String hers = section(WebSession.signIn(port, freja).get("/w/" + ws.slug() + "/shipments/" + shipment).body(),
				"conversations");
		assertThat(hers).contains("Booking til Hamburg", "Forsinkelse", "/w/" + ws.slug() + "/items/" + linkedItem)
			.doesNotContain("Spørgsmål fra Tuborg", "Ukendt afsender", "S-123");
	}

	/** One section of the page. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).isPositive();
		return page.substring(start, page.indexOf("</section>", start));
	}

	private UUID itemOf(ConversationId conversation) {
		return jdbc.sql("select id from work.item where conversation_id = ?")
			.param(conversation.value())
			.query(UUID.class)
			.single();
	}

	private UUID shipment(UUID workspace, long number, PartyView customer) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into shipments.shipment (id, workspace_id, number, mode, customer_id, origin_name,
				  destination_name, status, status_at, created_at, updated_at)
				values (?, ?, ?, 'road', ?, 'Aarhus', 'Hamburg', 'departed', ?, ?, ?)
				""").params(id, workspace, number, customer.id().value(), now, now, now).update();
		return id;
	}

}
