package dev.deskhand.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.access.Permission;
import dev.deskhand.assistant.drafts.DraftMaker;
import dev.deskhand.assistant.drafts.DraftStore;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.shipments.ShipmentView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft is composed once per received message; what became of it is recorded with the
 * edit distance, whether a fact was edited and the time from first opened to sent; and
 * {@code deskhand draft} drafts a file of e-mails against a workspace's records.
 */
@IntegrationTest
class DraftOutcomesAndCommandTests {

	static final Instant ETA = Instant.parse("2026-12-08T13:30:00Z");

	@Autowired
	AssistantWorld worlds;

	@Autowired
	AssistantDrafts drafts;

	@Autowired
	DraftMaker maker;

	@Autowired
	DraftStore store;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	MessageId received(AssistantWorld.World w, String subject, String body) {
		var mailbox = inbox.addMailbox(worlds.membership(w.ws(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("support-" + System.nanoTime() + "@nordhavn.test"));
		ConversationId c = inboxData.receive(mailbox.id(), w.contact(), subject, body);
		return new MessageId(jdbc.sql("select id from inbox.message where conversation_id = ?")
			.param(c.value())
			.query(UUID.class)
			.single());
	}

	@Test
	void aMessageGetsOneDraftAndItsCustomerLanguage() {
		var w = worlds.world("en", "da");
		MessageId message = received(w, "Status", "Hvor er MSCU4788620?");
		Draft first = drafts.draftFor(w.id(), message, List.of());
		Draft second = drafts.draftFor(w.id(), message, List.of("ETA"));
		assertThat(second).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from assistant.draft where message_id = ?")
			.param(message.value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(drafts.draft(w.id(), first.id())).contains(first);
		assertThat(first.language()).isEqualTo("da");
		// ready exactly when nothing stands in the way (the verifier, a triage unsure of
		// the intent)
		assertThat(first.reason() == null).isEqualTo(first.status() == DraftStatus.READY);
		assertThat(first.text()).contains("MSCU4788620, som du skriver, har ikke et gyldigt kontrolciffer");
	}

	@Test
	void anOutcomeRecordsTheEditDistanceAFactEditedAndTheTimeToSend() {
		var w = worlds.world("da", "da");
		ShipmentView s = worlds.shipment(w, "TCNU8434307", null);
		worlds.tracked(s, "departed", "Aarhus", Instant.parse("2026-12-01T08:15:00Z"), ETA);
		MessageId message = received(w, "Status", "Hvor er TCNU8434307?");
		var conversation = inbox.conversationOf(w.id(), message).orElseThrow();
		var made = maker.make(
				w.id(), AssistantDrafts.mail(conversation, message), new Triage("da", Intent.SHIPMENT_STATUS, 0.95,
						false, false, List.of(new FoundReference("container", "TCNU8434307", true, false))),
				conversation, List.of());
		Draft d = store.insertOnce(w.id(), message, conversation.id(), made, Instant.now()).draft();
		assertThat(d.ready()).isTrue();
		assertThat(d.text()).contains("8. december 2026 kl. 14:30");
		UUID member = w.ws().owner().member().id().value();
		Instant sent = Instant.parse("2026-12-02T10:00:00Z");

		drafts.recordOutcome(w.id(), d.id(),
				new DraftOutcome("approved", d.text(), null, sent.minusSeconds(90), sent, member));
		var approved = store.outcome(w.id(), d.id()).orElseThrow();
		assertThat(approved.editDistance()).isZero();
		assertThat(approved.factEdited()).isFalse();
		assertThat(approved.secondsToSend()).isEqualTo(90);

		String edited = d.text().replace("8. december 2026 kl. 14:30", "9. december 2026 kl. 14:30");
		drafts.recordOutcome(w.id(), d.id(),
				new DraftOutcome("edited", edited, "Rederiet ringede", sent.minusSeconds(200), sent, member));
		var outcome = store.outcome(w.id(), d.id()).orElseThrow();
		assertThat(outcome.decision()).isEqualTo("edited");
		assertThat(outcome.editDistance()).isEqualTo(1);
		assertThat(outcome.editShare()).isCloseTo(1.0 / d.text().length(), org.assertj.core.data.Offset.offset(1e-4));
		assertThat(outcome.factEdited()).isTrue();
		assertThat(outcome.secondsToSend()).isEqualTo(200);

		drafts.recordOutcome(w.id(), d.id(),
				new DraftOutcome("rejected", null, "Forkert kunde", sent.minusSeconds(10), sent, member));
		var rejected = store.outcome(w.id(), d.id()).orElseThrow();
		assertThat(rejected.reason()).isEqualTo("Forkert kunde");
		assertThat(rejected.editDistance()).isNull();
		assertThat(rejected.secondsToSend()).isNull();
	}

	@Test
	void theCommandDraftsEachLineAndReportsABadOneWithItsNumber(@TempDir Path dir) throws Exception {
		var w = worlds.world("da", "da");
		ShipmentView s = worlds.shipment(w, "HLXU2882091", null);
		Path in = dir.resolve("emails.jsonl");
		Path out = dir.resolve("drafts.jsonl");
		Files.writeString(in,
				"""
						{"id":"a","from":"Anna <anna@ukendt.test>","to":"ops@nordhavn.test","subject":"Status","body":"Hvor er HLXU2882091?"}
						{"id":"b","from":"Bo <bo@ukendt.test>","to":"ops@nordhavn.test","subject":"Hvor?","body":"Containeren MSCU4788620 er ikke kommet."}
						{"id":
						""");
		DraftCommand command = new DraftCommand();
		context.getAutowireCapableBeanFactory().autowireBean(command);
		StringWriter err = new StringWriter();
		CommandLine cli = new CommandLine(command);
		cli.setErr(new PrintWriter(err));
		int exit = cli.execute("--workspace", w.ws().slug(), "--in", in.toString(), "--out", out.toString());

		assertThat(exit).isEqualTo(1);
		assertThat(err.toString()).contains("line 3:");
		List<JsonNode> lines = Files.readAllLines(out).stream().map(JsonMapper.builder().build()::readTree).toList();
		assertThat(lines).extracting(l -> l.get("id").asString()).containsExactly("a", "b");
		assertThat(lines.get(0).get("status").asString()).isIn("ready", "needs_human");
		assertThat(lines.get(0).get("text").asString()).startsWith("Hej,");
		assertThat(lines.get(1).get("text").asString()).contains("Containernummeret MSCU4788620, som du skriver");
		assertThat(lines.get(1).get("facts").get(0).get("source").asString()).isEqualTo("message");
		assertThat(s.label()).startsWith("S-");

		int unknown = new CommandLine(command).execute("--workspace", "no-such-workspace", "--in", in.toString());
		assertThat(unknown).isEqualTo(2);
	}

}
