package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.work.NewWorkItem;
import dev.deskhand.work.WorkQueue;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An auto-reply whose event is handled before its conversation's item exists (the
 * listeners run in parallel) is put on the item's timeline when the item is created,
 * once.
 */
@IntegrationTest
class EarlyAutoReplyTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData data;

	@Autowired
	WorkQueue work;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void anAutoReplyHandledBeforeItsItemExistsIsOnTheItemsTimeline() throws Exception {
		var ws = fixtures.workspace("early-ooo");
		MailboxView box = fixtures.as(ws.owner(), () -> {
			// the workspace's item counter row exists once it has an item
			work.create(policy.require(ws.slug(), Permission.WORK_VIEW), NewWorkItem.of("task", "Første opgave"));
			return inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
					data.unreachableMailbox("kundeservice-" + System.nanoTime() + "@nordhavn.test"));
		});
		String id = System.nanoTime() + "@lego.example";
		String customer = "From: Anders <anders@lego.example>\r\nTo: " + box.address()
				+ "\r\nSubject: Levering 4711\r\nMessage-ID: <" + id
				+ ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHvornår kommer pallen?\r\n";
		String outOfOffice = "From: Peter <peter@lego.example>\r\nTo: " + box.address()
				+ "\r\nSubject: Automatisk svar: Levering 4711\r\nMessage-ID: <ooo-" + id + ">\r\nIn-Reply-To: <" + id
				+ ">\r\nReferences: <" + id
				+ ">\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nJeg er på ferie.\r\n";

		UUID conversation;
		try (Connection lock = dataSource.getConnection()) {
			// hold the item counter: the customer's item cannot be created while the
			// auto-reply's listener runs and finds no item
			lock.setAutoCommit(false);
			try (var st = lock
				.prepareStatement("select next_number from work.item_counter where workspace_id = ? for update")) {
				st.setObject(1, ws.view().id().value());
				st.executeQuery().close();
			}
			Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
			MessageId reply = fixtures.as(ws.owner(), () -> tx.execute(s -> {
				Membership m = policy.require(ws.slug(), Permission.MAILBOXES_MANAGE);
				inbox.receiveRaw(m, box.id(), customer.getBytes(StandardCharsets.UTF_8), now.minusSeconds(60));
				return inbox.receiveRaw(m, box.id(), outOfOffice.getBytes(StandardCharsets.UTF_8), now).orElseThrow();
			}));
			conversation = jdbc.sql("select conversation_id from inbox.message where id = ?")
				.param(reply.value())
				.query(UUID.class)
				.single();
			await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
					select count(*) from event_publication where completion_date is not null
					and event_type like '%EmailReceived' and listener_id like '%WorkItemOnEmailReceived%'
					and serialized_event like ?""").param("%" + reply.value() + "%").query(Long.class).single() == 1);
			lock.commit();
		}

		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from work.item where conversation_id = ?")
				.param(conversation)
				.query(Long.class)
				.single() == 1);
		assertThat(jdbc.sql("""
				select t.kind from work.timeline t join work.item i on i.id = t.item_id
				where i.conversation_id = ? and t.kind in ('EMAIL_RECEIVED', 'AUTO_REPLY_RECEIVED') order by t.kind""")
			.param(conversation)
			.query(String.class)
			.list()).containsExactly("AUTO_REPLY_RECEIVED", "EMAIL_RECEIVED");
	}

}
