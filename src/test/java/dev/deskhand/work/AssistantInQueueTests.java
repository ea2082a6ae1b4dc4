package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.WebSession;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.AssistantTriage;
import dev.deskhand.assistant.Intent;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.OutgoingMail;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.PageRequest;
import dev.deskhand.shipments.NewShipment;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TransportMode;
import dev.deskhand.workspace.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant in the work queue, with the real triage and drafts: an e-mail's item gets
 * the reading (intent, language, priority, the shipment it is about), the queue filters
 * by it, a person's correction is one call and recorded, the item page shows the draft
 * with its facts marked and sourced, and sending the draft records the outcome.
 */
@IntegrationTest
class AssistantInQueueTests {

	@LocalServerPort
	int port;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkSetup setup;

	@Autowired
	WorkAssistant assistant;

	@Autowired
	AssistantTriage triage;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	ShipmentManagement shipments;

	@Autowired
	JdbcClient jdbc;

	record World(TestFixtures.Ws ws, Membership owner, MailboxId box, ShipmentView shipment, Instant eta) {
	}

	/**
	 * A Danish workspace with a mailbox and a container shipment whose carrier gave an
	 * ETA.
	 */
	World world(String prefix) {
		var ws = fixtures.workspace(prefix, "da");
		Membership owner = fixtures.as(ws.owner(), () -> policy.require(ws.slug(), Permission.WORK_MANAGE));
		String address = prefix + "-" + System.nanoTime() + "@nordhavn.test";
		MailboxId box = fixtures.as(ws.owner(),
				() -> inbox
					.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
							inboxData.unreachableMailbox(address))
					.id());
		ShipmentView shipment = fixtures.as(ws.owner(),
				() -> shipments.createShipment(policy.require(ws.slug(), Permission.SHIPMENTS_MANAGE),
						new NewShipment(TransportMode.OCEAN, null, null,
								List.of(new NewShipment.NewReference(ReferenceType.CONTAINER, "MSKU7654328")),
								Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS), "CNSHA", "DKAAR",
								null, null)));
		Instant eta = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		Map<String, Object> event = Map.of("external_id", "eta-" + System.nanoTime(), "status", "delivered",
				"classifier", "estimated", "event_time", eta.toString(), "location",
				Map.of("unlocode", "DKAAR", "name", "Aarhus"), "reference",
				Map.of("type", "container", "value", "MSKU7654328"), "carrier", "Maersk", "mode", "ocean");
		shipments.importEventsAsSystem(ws.view().id(), "test", "eta.json",
				JsonMapper.builder()
					.build()
					.writeValueAsString(Map.of("events", List.of(event)))
					.getBytes(StandardCharsets.UTF_8),
				"json");
		return new World(ws, owner, box, shipment, eta);
	}

	WorkItemView itemFrom(World w, String from) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(w.ws().owner(), () -> {
			var rows = work
				.queue(member(w), new QueueFilter(false, false, null, null, null, from, Set.of(WorkStatus.values())),
						PageRequest.of(0, 5))
				.items();
			return rows.isEmpty() ? null : work.item(member(w), rows.getFirst().id());
		}), i -> i != null && i.intent() != null);
	}

	Membership member(World w) {
		return policy.require(w.ws().slug(), Permission.WORK_VIEW);
	}

	String lateContainerMail(World w, String from) {
		inboxData.receive(w.box(), from, "HASTER: container MSKU 7654328 er forsinket",
				"Hej\n\nVores container MSKU 7654328 skulle have været i Aarhus i dag. Hvornår kommer den frem? "
						+ "Vi har en lastbil booket og skal vide det i dag.\n\nMed venlig hilsen\nMaja Holt\nCarlsberg");
		return from;
	}

	@Test
	void anItemFromMailTakesTheReadingAndTheQueueFiltersByIt() {
		World w = world("reading");
		String from = lateContainerMail(w, "maja-" + System.nanoTime() + "@carlsberg.test");
		WorkItemView item = itemFrom(w, from);
		assertThat(item.language()).isEqualTo("da");
		assertThat(item.links()).contains("shipment:" + w.shipment().id().value());
		var stored = triage.triageOf(w.ws().view().id(),
				new MessageId(UUID.fromString(fixtures.as(w.ws().owner(),
						() -> work.timeline(member(w), item.id())
							.stream()
							.filter(e -> e.kind() == TimelineKind.EMAIL_RECEIVED)
							.findFirst()
							.orElseThrow()
							.data()
							.get("message")
							.toString()))))
			.orElseThrow();
		assertThat(item.intent()).isEqualTo(stored.intent().code());
		if (stored.urgent()) {
			assertThat(item.priority()).isEqualTo(Priority.URGENT);
		}
		// the reading is on the timeline, once
		fixtures.as(w.ws().owner(),
				() -> assertThat(work.timeline(member(w), item.id())).filteredOn(e -> e.kind() == TimelineKind.TRIAGED)
					.hasSize(1));

		fixtures.as(w.ws().owner(), () -> {
			var same = work.queue(member(w), QueueFilter.open().withTriage(item.intent(), "da"), PageRequest.of(0, 50));
			assertThat(same.items()).extracting(QueueRow::id).contains(item.id());
			assertThat(same.items()).allMatch(r -> item.intent().equals(r.intent()) && "da".equals(r.language()));
			String other = item.intent().equals("complaint") ? "invoice_question" : "complaint";
			assertThat(work.queue(member(w), QueueFilter.open().withTriage(other, null), PageRequest.of(0, 50)).items())
				.extracting(QueueRow::id)
				.doesNotContain(item.id());
			assertThat(work.queue(member(w), QueueFilter.open().withTriage(null, "de"), PageRequest.of(0, 50)).items())
				.extracting(QueueRow::id)
				.doesNotContain(item.id());
		});
		// the queue page filters by URL and shows the chip, translated
		var session = WebSession.signIn(port, w.ws().owner());
		String page = session.get("/w/" + w.ws().slug() + "/queue?intent=" + item.intent() + "&language=da").body();
		assertThat(page).contains(item.reference()).contains("intent-chip");
		assertThat(page).doesNotContain("work.intent.");
	}

	@Test
	void aPersonsCorrectionIsOneCallRecordedAndGivesTheMappedType() {
		World w = world("correct");
		fixtures.as(w.ws().owner(), () -> setup.publishSop(policy.require(w.ws().slug(), Permission.WORK_MANAGE),
				new NewSop("reklamation", "## Reklamation\nBed om billeder.", List.of("Billeder modtaget"), false)));
		fixtures.as(w.ws().owner(), () -> assistant.setIntentType(policy.require(w.ws().slug(), Permission.WORK_MANAGE),
				Intent.COMPLAINT, "reklamation"));
		String from = lateContainerMail(w, "ole-" + System.nanoTime() + "@carlsberg.test");
		WorkItemView item = itemFrom(w, from);
		var employee = fixtures.member(w.ws(), Role.EMPLOYEE, null);
		WorkItemView corrected = fixtures.as(employee, () -> assistant
			.correct(policy.require(w.ws().slug(), Permission.WORK_VIEW), item.id(), Intent.COMPLAINT, "da"));
		assertThat(corrected.intent()).isEqualTo("complaint");
		assertThat(corrected.needsPerson()).isFalse();
		assertThat(corrected.type()).isEqualTo("reklamation");
		assertThat(corrected.priority().compareTo(Priority.HIGH)).isGreaterThanOrEqualTo(0);
		var entries = fixtures.as(w.ws().owner(), () -> work.timeline(member(w), item.id()));
		assertThat(entries)
			.filteredOn(e -> e.kind() == TimelineKind.TRIAGED && Boolean.TRUE.equals(e.data().get("corrected")))
			.singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(employee.member().id()));
		assertThat(entries).anyMatch(e -> e.kind() == TimelineKind.TYPE_CHANGED);
		// the assistant keeps the person's label
		MessageId message = new MessageId(UUID.fromString(entries.stream()
			.filter(e -> e.kind() == TimelineKind.EMAIL_RECEIVED)
			.findFirst()
			.orElseThrow()
			.data()
			.get("message")
			.toString()));
		assertThat(triage.triageOf(w.ws().view().id(), message).orElseThrow().intent()).isEqualTo(Intent.COMPLAINT);
		// the published correction reaches the item again without a second entry
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(fixtures.as(w.ws().owner(), () -> work.timeline(member(w), item.id())))
			.filteredOn(e -> e.kind() == TimelineKind.TRIAGED && Boolean.TRUE.equals(e.data().get("corrected")))
			.hasSize(1);
		// the item page shows the reading and its menu, translated
		String page = WebSession.signIn(port, employee).get("/w/" + w.ws().slug() + "/items/" + item.id()).body();
		assertThat(page).contains("id=\"intent-chip\"").contains("Reklamation");
	}

	@Test
	void theDraftIsOnTheItemWithItsFactsSourcedAndSendingItRecordsTheOutcome() {
		World w = world("draft");
		String from = lateContainerMail(w, "maja-" + System.nanoTime() + "@carlsberg.test");
		WorkItemView item = itemFrom(w, from);
		var employee = fixtures.member(w.ws(), Role.EMPLOYEE, null);
		var session = WebSession.signIn(port, employee);
		String page = session.get("/w/" + w.ws().slug() + "/items/" + item.id()).body();
		ItemAssistance help = fixtures.as(employee,
				() -> assistant.assistance(policy.require(w.ws().slug(), Permission.WORK_VIEW), item.id()));
		assertThat(help.draft()).isNotNull();
		assertThat(page).contains("id=\"draft\"").contains("id=\"use-draft\"");
		if (!help.draft().facts().isEmpty()) {
			// every fact is marked with its source in people's words
			assertThat(page).contains("<mark");
			assertThat(page).doesNotContainPattern("title=\"shipment:");
		}
		if (help.draft().facts().stream().anyMatch(f -> f.source().startsWith("shipment:"))) {
			assertThat(page).contains("Shipment S-").contains("/w/" + w.ws().slug() + "/shipments/");
		}
		UUID draft = help.draft().id();
		String edited = help.draft().text() + "\n\nPS: Ring gerne, hvis der er mere.";
		fixtures.as(employee,
				() -> assistant.send(policy.require(w.ws().slug(), Permission.WORK_VIEW), item.id(),
						new ItemMail(ItemMail.Kind.REPLY,
								new OutgoingMail(List.of(), List.of(), List.of(), edited, List.of(), "draft-" + draft),
								null, null, null),
						draft));
		Map<String, Object> outcome = jdbc
			.sql("select decision, edit_distance, first_opened_at, seconds_to_send from assistant.draft_outcome "
					+ "where draft_id = ?")
			.param(draft)
			.query()
			.singleRow();
		assertThat(outcome.get("decision")).isEqualTo("edited");
		assertThat(((Number) outcome.get("edit_distance")).intValue()).isGreaterThan(0);
		assertThat(outcome.get("first_opened_at")).isNotNull();
		assertThat(outcome.get("seconds_to_send")).isNotNull();
		var after = fixtures.as(employee,
				() -> assistant.assistance(policy.require(w.ws().slug(), Permission.WORK_VIEW), item.id()));
		assertThat(after.decision()).isEqualTo("edited");
		assertThat(fixtures.as(w.ws().owner(), () -> work.timeline(member(w), item.id())))
			.anyMatch(e -> e.kind() == TimelineKind.DRAFT_SENT && "edited".equals(e.data().get("decision")));
		// a decided draft takes no second decision
		fixtures.as(employee, () -> assistant.reject(policy.require(w.ws().slug(), Permission.WORK_VIEW), item.id(),
				draft, "Too late"));
		assertThat(jdbc.sql("select decision from assistant.draft_outcome where draft_id = ?")
			.param(draft)
			.query(String.class)
			.single()).isEqualTo("edited");
	}

	@Test
	void aRejectedDraftKeepsItsReason() {
		World w = world("reject");
		String from = lateContainerMail(w, "per-" + System.nanoTime() + "@carlsberg.test");
		WorkItemView item = itemFrom(w, from);
		var session = WebSession.signIn(port, w.ws().owner());
		session.get("/w/" + w.ws().slug() + "/items/" + item.id());
		ItemAssistance help = fixtures.as(w.ws().owner(), () -> assistant.assistance(member(w), item.id()));
		var response = session.post(
				"/w/" + w.ws().slug() + "/items/" + item.id() + "/drafts/" + help.draft().id() + "/reject",
				"reason=Kunden+har+ringet");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select reason from assistant.draft_outcome where draft_id = ?")
			.param(help.draft().id())
			.query(String.class)
			.single()).isEqualTo("Kunden har ringet");
		assertThat(fixtures.as(w.ws().owner(), () -> work.timeline(member(w), item.id())))
			.anyMatch(e -> e.kind() == TimelineKind.DRAFT_REJECTED && "Kunden har ringet".equals(e.data().get("text")));
	}

	@Test
	void anAutoReplyIsReadButGetsNoDraft() {
		World w = world("auto");
		String raw = "From: maja-" + System.nanoTime() + "@carlsberg.test\r\nTo: support@nordhavn.test\r\n"
				+ "Subject: Autosvar: container MSKU 7654328\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <"
				+ System.nanoTime() + "@test>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
				+ "Jeg er på ferie til og med mandag og læser ikke mails.\r\n";
		MessageId message = fixtures.as(w.ws().owner(),
				() -> inbox
					.receiveRaw(policy.require(w.ws().slug(), Permission.MAILBOXES_MANAGE), w.box(),
							raw.getBytes(StandardCharsets.UTF_8), Instant.now())
					.orElseThrow());
		await().atMost(Duration.ofSeconds(20)).until(() -> triage.triageOf(w.ws().view().id(), message).isPresent());
		// the listener that would draft has run once its triage is published; give it the
		// time
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
		assertThat(jdbc.sql("select count(*) from assistant.draft where message_id = ?")
			.param(message.value())
			.query(Long.class)
			.single()).isZero();
	}

}
