package dev.deskhand.work;

import static org.assertj.core.api.Assertions.assertThat;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.inbox.InboxManagement;
import dev.deskhand.inbox.InboxTestData;
import dev.deskhand.work.internal.NotificationMails;
import dev.deskhand.workspace.Role;
import dev.deskhand.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code @name} in a note notifies that member (ignoring case and accents), the bell
 * counts it, reading clears it, and the e-mails go out grouped per person and item —
 * once, from the workspace's system sender, not for a person who turned them off.
 */
@IntegrationTest
class NotificationsTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	WorkQueue work;

	@Autowired
	WorkNotifications notifications;

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	InboxManagement inbox;

	@Autowired
	InboxTestData inboxData;

	@Autowired
	NotificationMails mails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMentionWithoutAccentsNotifiesThatMemberOnly() {
		var ws = fixtures.workspace("mention");
		var soren = fixtures.join(ws, workspaces.registerPerson("soren.holm-" + System.nanoTime() + "@example.test",
				"Søren Holm", TestFixtures.PASSWORD, "da", "Europe/Copenhagen"), Role.EMPLOYEE, null, true);
		var scoped = fixtures.join(ws,
				workspaces.registerPerson("line-" + System.nanoTime() + "@example.test", "Line Berg",
						TestFixtures.PASSWORD, "da", "Europe/Copenhagen"),
				Role.EMPLOYEE, null, true, new ScopeRef("customer", "LEGO"));
		WorkItemView item = fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), Permission.WORK_VIEW);
			var created = work.create(m, NewWorkItem.of("travel", "Pallets to Aarhus"));
			work.addNote(m, created.id(), "@soren can you call them? And @line, and mail a@soren.dk");
			return created;
		});

		List<NotificationView> seen = fixtures.as(soren, () -> notifications.list(true, 10));
		assertThat(seen).singleElement().satisfies(n -> {
			assertThat(n.kind()).isEqualTo(NotificationKind.MENTION);
			assertThat(n.actorName()).isEqualTo(ws.owner().person().displayName());
			assertThat(n.reference()).isEqualTo(item.reference());
			assertThat(n.title()).isEqualTo("Pallets to Aarhus");
			assertThat(n.workspaceSlug()).isEqualTo(ws.slug());
		});
		assertThat(fixtures.as(soren, () -> notifications.unreadCount())).isEqualTo(1);
		// Line may not see an unscoped item: no notification; the writer gets none either
		assertThat(fixtures.as(scoped, () -> notifications.unreadCount())).isZero();
		assertThat(fixtures.as(ws.owner(), () -> notifications.unreadCount())).isZero();

		fixtures.as(soren, () -> notifications.markAllRead());
		assertThat(fixtures.as(soren, () -> notifications.unreadCount())).isZero();
		assertThat(fixtures.as(soren, () -> notifications.list(false, 10))).singleElement()
			.satisfies(n -> assertThat(n.read()).isTrue());
	}

	@Test
	void mentionsOfOneItemComeInOneMailAndNotForWhoTurnedThemOff() {
		var ws = fixtures.workspace("mention-mail");
		fixtures.as(ws.owner(), () -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE),
				inboxData.unreachableMailbox("support@mention-mail.test")));
		String address = "freja-" + System.nanoTime() + "@example.test";
		var freja = fixtures.join(ws,
				workspaces.registerPerson(address, "Freja Lund", TestFixtures.PASSWORD, "de", "Europe/Berlin"),
				Role.EMPLOYEE, null, true);
		var other = fixtures.member(ws, Role.EMPLOYEE, null);
		fixtures.as(other, () -> notifications.setEmail(false));
		String otherName = other.person().displayName().split(" ")[0];
		WorkItemView item = fixtures.as(ws.owner(), () -> {
			var m = policy.require(ws.slug(), Permission.WORK_VIEW);
			var created = work.create(m, NewWorkItem.of("travel", "CMR missing"));
			work.addNote(m, created.id(), "@freja first");
			work.addNote(m, created.id(), "@FREJA.LUND second, and @" + otherName);
			return created;
		});

		assertThat(mails.send(Instant.now())).as("not yet due").isZero();
		Instant later = Instant.now().plus(Duration.ofMinutes(3));
		assertThat(mails.send(later)).isEqualTo(1);
		assertThat(mails.send(later)).as("sent once").isZero();

		var mail = jdbc
			.sql("select payload ->> 'subject', payload ->> 'body', payload -> 'to' ->> 0, automatic, conversation_id "
					+ "from inbox.outgoing where workspace_id = ?")
			.param(ws.view().id().value())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
					String.valueOf(rs.getBoolean(4)), String.valueOf(rs.getObject(5))))
			.list();
		assertThat(mail).singleElement().satisfies(m -> {
			assertThat(m.get(0)).contains(item.reference()).contains("2 Benachrichtigungen");
			assertThat(m.get(1)).contains("first")
				.contains("second")
				.contains("hat Sie erwähnt")
				.contains("/w/" + ws.slug() + "/items/" + item.id());
			assertThat(m.get(2)).isEqualTo(address);
			assertThat(m.get(3)).as("system mail").isEqualTo("true");
		});
		assertThat(fixtures.as(other, () -> notifications.unreadCount())).as("in the app all the same").isEqualTo(1);
	}

}
