package dev.deskhand.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.triage.BaseModel;
import dev.deskhand.assistant.triage.WorkspaceModels;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.inbox.MailboxView;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.references.ReferenceType;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shipments.NewShipment;
import dev.deskhand.shipments.ShipmentManagement;
import dev.deskhand.shipments.ShipmentView;
import dev.deskhand.shipments.TransportMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A received e-mail is triaged once by the listener, linked to the shipment its container
 * number points to, and a person's correction is stored, audited and published.
 */
@IntegrationTest
@RecordApplicationEvents
class AssistantTriageIntegrationTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData data;

	@Autowired
	ShipmentManagement shipments;

	@Autowired
	AssistantTriage triage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	WorkspaceModels models;

	@Test
	void aReceivedMailIsTriagedOnceLinkedToItsShipmentAndCorrectedByAPerson() {
		var ws = fixtures.workspace("triage");
		MailboxView box = fixtures.as(ws.owner(),
				() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
						data.unreachableMailbox("ops-" + System.nanoTime() + "@nordhavn.test")));
		ShipmentView shipment = fixtures.as(ws.owner(),
				() -> shipments.createShipment(policy.require(ws.slug(), Permission.SHIPMENTS_MANAGE),
						new NewShipment(TransportMode.OCEAN, null, null,
								List.of(new NewShipment.NewReference(ReferenceType.CONTAINER, "BMOU9758159")), null,
								"CNSHA", "DKAAR", List.of(), null)));
		String raw = "From: Jonas Brandt <jb@brandtcykler.example>\r\nTo: " + box.address()
				+ "\r\nSubject: Status på container BMOU 975815-9\r\nMessage-ID: <" + UUID.randomUUID()
				+ "@brandtcykler.example>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
				+ "Hej\r\n\r\nKan I give en status på containeren? Den skulle være losset i Aarhus i mandags, men vi har"
				+ " ikke hørt noget fra jer siden. Hvornår kan vi forvente den på lageret?\r\n\r\n"
				+ "Med venlig hilsen\r\nJonas Brandt\r\nTlf. +45 75 82 19 40\r\nCVR 31 84 72 10\r\n";
		MessageId message = fixtures.as(ws.owner(),
				() -> inbox
					.receiveRaw(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), box.id(),
							raw.getBytes(StandardCharsets.UTF_8), Instant.now())
					.orElseThrow());

		await().atMost(Duration.ofSeconds(60)).until(() -> triage.triageOf(ws.view().id(), message).isPresent());
		Triage stored = triage.triageOf(ws.view().id(), message).orElseThrow();
		assertThat(stored.language()).isEqualTo("da");
		assertThat(stored.references()).containsExactly(new FoundReference("container", "BMOU9758159", true, false));
		assertThat(jdbc.sql("select shipments from assistant.triage where message_id = ?")
			.param(message.value())
			.query((rs, n) -> List.of((Object[]) rs.getArray(1).getArray()))
			.single()).containsExactly(shipment.id().value());
		assertThat(triage.triageMessage(ws.view().id(), message)).isEqualTo(stored);
		assertThat(jdbc.sql("select count(*) from assistant.triage where message_id = ?")
			.param(message.value())
			.query(Long.class)
			.single()).isEqualTo(1);

		Triage corrected = fixtures.as(ws.owner(), () -> {
			Membership m = policy.require(ws.slug(), Permission.WORK_VIEW);
			return triage.correct(m, message, Intent.COMPLAINT, null);
		});
		assertThat(corrected.intent()).isEqualTo(Intent.COMPLAINT);
		assertThat(corrected.needsPerson()).isFalse();
		assertThat(triage.triageOf(ws.view().id(), message).orElseThrow().intent()).isEqualTo(Intent.COMPLAINT);
		assertThat(events.stream(EmailTriaged.class).filter(e -> e.message().equals(message) && !e.corrected()))
			.singleElement()
			.satisfies(e -> assertThat(e.shipments()).containsExactly(shipment.id()));
		assertThat(events.stream(EmailTriaged.class).filter(e -> e.message().equals(message) && e.corrected()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.corrected()).isTrue();
				assertThat(e.intent()).isEqualTo("complaint");
				assertThat(e.shipments()).containsExactly(shipment.id());
				assertThat(e.references()).containsExactly("BMOU9758159");
			});
		assertThat(events.stream(AuditableChange.class).filter(c -> c.subjectType().equals("triage"))).hasSize(1);
		assertThat(jdbc.sql("select intent from assistant.training_label where message_id = ?")
			.param(message.value())
			.query(String.class)
			.single()).isEqualTo("complaint");
		assertThat(models.rebuild(ws.view().id()).examples()).as("the base set and the workspace's one label")
			.isEqualTo(BaseModel.get().examples() + 1);
		assertThat(models.model(ws.view().id()).examples()).isEqualTo(BaseModel.get().examples() + 1);
	}

}
