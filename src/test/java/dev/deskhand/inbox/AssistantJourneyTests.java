package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shipments.NewShipment;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.work.ItemAssistance;
import dev.deskhand.work.QueueFilter;
import dev.deskhand.work.WorkAssistant;
import dev.deskhand.work.WorkItemView;
import dev.deskhand.work.WorkQueue;
import dev.deskhand.work.WorkStatus;
import dev.deskhand.workspace.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journey: a customer's Danish mail about a late container arrives over real
 * IMAP (GreenMail) → triaged, its item linked to the container's shipment → a grounded
 * Danish draft with the carrier's current ETA waits on the item → the person sends it
 * edited → the customer receives it → the outcome (edited, edit distance, time from first
 * opening to sending) is stored.
 */
@IntegrationTest
class AssistantJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkAssistant assistant;

	@Autowired
	ShipmentManagement shipments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLateContainerMailGetsAGroundedDanishDraftThatIsSentAndMeasured() throws Exception {
		var ws = fixtures.workspace("journey-ai", "da");
		var employee = fixtures.member(ws, Role.EMPLOYEE, null);
		Instant eta = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
		var shipment = fixtures.as(ws.owner(),
				() -> shipments.createShipment(policy.require(ws.slug(), Permission.SHIPMENTS_MANAGE),
						new NewShipment(TransportMode.OCEAN, null, null,
								List.of(new NewShipment.NewReference(ReferenceType.CONTAINER, "MAEU4182641")),
								Instant.now().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.HOURS), "CNSHA",
								"DKAAR", null, null)));
		shipments.importEventsAsSystem(ws.view().id(), "test", "eta.json", JsonMapper.builder()
			.build()
			.writeValueAsString(Map.of("events",
					List.of(Map.of("external_id", "j-eta", "status", "delivered", "classifier", "estimated",
							"event_time", eta.toString(), "location", Map.of("unlocode", "DKAAR", "name", "Aarhus"),
							"reference", Map.of("type", "container", "value", "MAEU4182641"), "carrier", "Maersk",
							"mode", "ocean"))))
			.getBytes(StandardCharsets.UTF_8), "json");
		try (MailServer mail = new MailServer("journey-ai")) {
			var box = fixtures.as(ws.owner(),
					() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), mail.settings()));
			mail.customerSends("Forsinket container MAEU 418264-1",
					"Hej\n\nVores container MAEU 418264-1 skulle have været i Aarhus i morges, men er ikke kommet. "
							+ "Hvornår kan vi forvente den?\n\nVenlig hilsen\nKaren Kunde\nLEGO",
					null, null);
			fixtures.as(ws.owner(),
					() -> inbox.fetchNow(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id()));
			WorkItemView item = await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(employee, () -> {
				var m = policy.require(ws.slug(), Permission.WORK_VIEW);
				var rows = work
					.queue(m,
							new QueueFilter(false, false, null, null, null, mail.customer, Set.of(WorkStatus.values())),
							PageRequest.of(0, 5))
					.items();
				return rows.isEmpty() ? null : work.item(m, rows.getFirst().id());
			}), i -> i != null && i.intent() != null);
			assertThat(item.language()).isEqualTo("da");
			assertThat(item.links()).contains("shipment:" + shipment.id().value());

			// the draft was made when the mail was read: it is there on first opening
			await().atMost(Duration.ofSeconds(20))
				.until(() -> jdbc
					.sql("select count(*) from assistant.draft where message_id = ("
							+ "select triaged_message from work.item where id = ?)")
					.param(item.id().value())
					.query(Long.class)
					.single(), n -> n == 1);
			var session = WebSession.signIn(port, employee);
			String page = session.get("/w/" + ws.slug() + "/items/" + item.id()).body();
			ItemAssistance help = fixtures.as(employee,
					() -> assistant.assistance(policy.require(ws.slug(), Permission.WORK_VIEW), item.id()));
			assertThat(help.draft()).isNotNull();
			assertThat(help.draft().language()).isEqualTo("da");
			assertThat(help.draft().facts())
				.anyMatch(f -> f.source().equals("shipment:" + shipment.id().value() + ":eta"));
			assertThat(help.draft().ready()).isTrue();
			assertThat(page).contains("<mark").contains("Shipment " + shipment.label() + " – expected arrival");

			String edited = help.draft().text().replaceFirst("Hej", "Kære Karen");
			var sent = session.post("/w/" + ws.slug() + "/items/" + item.id() + "/mail",
					"kind=REPLY&to=" + URLEncoder.encode(mail.customer, StandardCharsets.UTF_8) + "&draft="
							+ help.draft().id() + "&requestKey=journey-ai&body="
							+ URLEncoder.encode(edited, StandardCharsets.UTF_8));
			assertThat(sent.statusCode()).isEqualTo(302);
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return mail.customerInbox().size() == 1;
			});
			assertThat((String) mail.customerInbox().getFirst().getContent()).contains("Kære Karen");
			Map<String, Object> outcome = jdbc
				.sql("select decision, edit_distance, fact_edited, seconds_to_send from assistant.draft_outcome "
						+ "where draft_id = ?")
				.param(help.draft().id())
				.query()
				.singleRow();
			assertThat(outcome.get("decision")).isEqualTo("edited");
			assertThat(((Number) outcome.get("edit_distance")).intValue()).isGreaterThan(0);
			assertThat(outcome.get("fact_edited")).isEqualTo(false);
			assertThat(((Number) outcome.get("seconds_to_send")).longValue()).isGreaterThanOrEqualTo(0);
		}
	}

}
