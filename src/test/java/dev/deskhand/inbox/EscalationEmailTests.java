package dev.deskhand.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.deskhand.IntegrationTest;
import dev.deskhand.TestFixtures;
import dev.deskhand.access.AccessPolicy;
import dev.deskhand.access.Permission;
import dev.deskhand.inbox.internal.OutboxSender;
import dev.deskhand.work.EscalationChannel;
import dev.deskhand.work.EscalationRaised;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.workspace.Role;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An escalation on the e-mail channel reaches the member through the workspace mailbox.
 */
@IntegrationTest
class EscalationEmailTests {

	@Autowired
	TestFixtures fixtures;

	@Autowired
	AccessPolicy policy;

	@Autowired
	InboxManagement inbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void emailsTheManagerNamedByTheEscalation() throws Exception {
		var ws = fixtures.workspace("escalate-mail");
		var manager = fixtures.member(ws, Role.MANAGER, null);
		try (MailServer mail = new MailServer("escalate")) {
			fixtures.as(ws.owner(),
					() -> inbox.addMailbox(policy.require(ws.slug(), Permission.MAILBOXES_MANAGE), mail.settings()));
			tx.executeWithoutResult(s -> events
				.publishEvent(new EscalationRaised(ws.view().id(), new WorkItemId(UUID.randomUUID()), UUID.randomUUID(),
						manager.member().id(), EscalationChannel.EMAIL, "W-7 breached its first-response target")));
			await().atMost(Duration.ofSeconds(10)).until(() -> {
				sender.sendDue();
				return mail.customerInboxFor(manager.email()).size() == 1;
			});
			var message = mail.customerInboxFor(manager.email()).getFirst();
			assertThat(message.getSubject()).isEqualTo("Deskhand: W-7 breached its first-response target");
			assertThat((String) message.getContent()).contains("W-7 breached its first-response target");
			assertThat(message.getHeader("Auto-Submitted")).isNotNull();
		}
	}

}
