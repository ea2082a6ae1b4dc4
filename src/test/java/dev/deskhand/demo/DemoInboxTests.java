package dev.deskhand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo inbox arrives as received mail: its conversations, threads, attachments and
 * automated messages are stored through the inbox's receive path, and the work items
 * follow from EmailReceived after the load commits. The playbook speaks the team's
 * language.
 */
@IntegrationTest
class DemoInboxTests {

	@Autowired
	DemoData demo;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcClient jdbc;

	UUID nordhavn;

	UUID elbtal;

	@BeforeEach
	void loadOnce() {
		demo.loadUnless(() -> workspaces.findWorkspace("nordhavn").isPresent());
		nordhavn = workspaces.findWorkspace("nordhavn").orElseThrow().id().value();
		elbtal = workspaces.findWorkspace("elbtal").orElseThrow().id().value();
	}

	@Test
	void theDemoMailboxesAreNotConnectedAndHoldTheReceivedConversations() {
		assertThat(jdbc.sql("select address || ' ' || enabled from inbox.mailbox where workspace_id in (?, ?)")
			.params(nordhavn, elbtal)
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder("kundeservice@nordhavn.example false", "service@elbtal-versand.example false");
		assertThat(count("select count(*) from inbox.conversation where workspace_id = ?", nordhavn)).isEqualTo(30);
		assertThat(count("select count(*) from inbox.message where workspace_id = ? and direction = 'IN'", nordhavn))
			.isEqualTo(37);
		assertThat(count("select count(*) from inbox.conversation where workspace_id = ?", elbtal)).isEqualTo(12);
		assertThat(count("select count(*) from inbox.message where workspace_id = ? and direction = 'IN'", elbtal))
			.isEqualTo(14);
		// threads of 2 to 4 messages, joined by In-Reply-To/References
		assertThat(jdbc.sql("""
				select count(*) from inbox.message where workspace_id = ? group by conversation_id order by 1 desc""")
			.param(nordhavn)
			.query(Long.class)
			.list()).startsWith(3L, 2L, 2L, 2L, 2L, 2L, 1L).endsWith(1L);
		// the raw message is kept as received, with its charset
		assertThat(text("select body_text from inbox.message where workspace_id = ? and from_address = ?", nordhavn,
				"uwe.kraemer@nagel-spedition.example"))
			.contains("Brücke bei Rendsburg", "Grüßen");
		assertThat(text("select body_text from inbox.message where workspace_id = ? and subject like ?", nordhavn,
				"Spørgsmål til faktura%"))
			.contains("kreditere ventetiden");
		assertThat(count("select count(*) from inbox.message_raw r join inbox.message m on m.id = r.message_id "
				+ "where m.workspace_id = ?", nordhavn))
			.isEqualTo(37);
	}

	@Test
	void podAndCmrPdfsAreStoredAsDocuments() {
		List<String> attached = jdbc
			.sql("""
					select a.name || ' ' || a.content_type from inbox.attachment a join inbox.message m on m.id = a.message_id
					where m.workspace_id in (?, ?) and a.document_id is not null and a.refused_reason is null""")
			.params(nordhavn, elbtal)
			.query(String.class)
			.list();
		assertThat(attached).containsExactlyInAnyOrder("POD_DK-58213.pdf application/pdf",
				"CMR_4471-2026.pdf application/pdf", "Ablieferbeleg_4471-2026-8812.pdf application/pdf",
				"CMR_1234567890.pdf application/pdf");
	}

	@Test
	void everyConversationBecomesAWorkItemAndTheAutoReplyStartsNoClock() {
		await(() -> count("select count(*) from work.item where workspace_id = ? and conversation_id is not null",
				nordhavn) == 30
				&& count("select count(*) from work.item where workspace_id = ? and conversation_id is not null",
						elbtal) == 12);
		String automated = text("select automated_reason from inbox.message where workspace_id = ? and automated",
				nordhavn);
		assertThat(automated).contains("Auto-Submitted");
		UUID conversation = jdbc.sql("select conversation_id from inbox.message where workspace_id = ? and automated")
			.param(nordhavn)
			.query(UUID.class)
			.single();
		// filed with the customer's conversation it answers, not as an item of its own
		assertThat(text("select subject from inbox.conversation where id = ?", conversation))
			.startsWith("Tolden holder vores forsendelse");
		// on the item's timeline as an automatic reply, once, whichever of the messages'
		// listeners (they run in parallel after the load) came first; never as the
		// customer writing again
		assertThat(count("select count(*) from work.timeline t join work.item i on i.id = t.item_id "
				+ "where i.conversation_id = ? and t.kind = 'AUTO_REPLY_RECEIVED'", conversation))
			.isEqualTo(1);
		assertThat(count("select count(*) from work.timeline t join work.item i on i.id = t.item_id "
				+ "where i.conversation_id = ? and t.kind = 'EMAIL_RECEIVED'", conversation))
			.as("the auto-reply is on the timeline as one, not as the customer writing again")
			.isEqualTo(1);
		String sla = text("select sla::text from work.item where conversation_id = ?", conversation);
		assertThat(sla).contains("FIRST_RESPONSE").doesNotContain("NEXT_RESPONSE");
		// the SLA clocks show a mix: some items already breached, others with time left
		assertThat(count("select count(*) from work.item where workspace_id = ? and conversation_id is not null "
				+ "and next_due > now()", nordhavn))
			.isPositive();
	}

	@Test
	void thePlaybookIsDanishAtNordhavnAndGermanAtElbtal() {
		assertThat(text("select markdown from work.sop where workspace_id = ? and type = 'email'", nordhavn))
			.contains("Læs hele tråden");
		assertThat(text("select markdown from work.sop where workspace_id = ? and type = 'email'", elbtal))
			.contains("Den ganzen Verlauf lesen");
		assertThat(jdbc.sql("select name from work.saved_reply where workspace_id = ? and language = 'da'")
			.param(nordhavn)
			.query(String.class)
			.list()).contains("Forsendelse undervejs", "POD vedhæftet");
		assertThat(jdbc.sql("select name from work.saved_reply where workspace_id = ? and language = 'de'")
			.param(elbtal)
			.query(String.class)
			.list()).contains("Sendung unterwegs", "Ablieferbeleg anbei");
		assertThat(jdbc.sql("select title from work.item where workspace_id = ? and source = 'MANUAL'")
			.param(nordhavn)
			.query(String.class)
			.list()).contains("Indtast fragtbreve fra uge 47");
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private String text(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(String.class).single();
	}

	private static void await(java.util.function.BooleanSupplier done) {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (!done.getAsBoolean()) {
			assertThat(Instant.now()).as("waited for the work items").isBefore(until);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

}
