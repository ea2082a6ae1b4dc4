package dev.deskhand.work.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.NewConversation;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.work.Priority;
import dev.deskhand.work.TimelineKind;
import dev.deskhand.work.WorkItemId;
import dev.deskhand.work.WorkSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What sending mail from work items changes in the work module: the timeline entry (once
 * per outgoing message, so a form sent twice records it once), a manual item's new
 * conversation, and the item a new e-mail from the queue starts.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class MailFromItems {

	private final WorkItems items;

	private final Timeline timeline;

	private final ItemLifecycle lifecycle;

	private final JdbcClient jdbc;

	MailFromItems(WorkItems items, Timeline timeline, ItemLifecycle lifecycle, JdbcClient jdbc) {
		this.items = items;
		this.timeline = timeline;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
	}

	/** Records the queued mail on the item's timeline, unless it is there already. */
	public void recordQueued(Membership m, WorkItemId item, OutgoingId outgoing, String kind, List<String> to,
			Instant now) {
		if (!timeline.recorded(item, TimelineKind.REPLY_QUEUED, "outgoing", outgoing.toString())) {
			timeline.append(item, now, Actor.of(m), TimelineKind.REPLY_QUEUED,
					Map.of("outgoing", outgoing.toString(), "mail", kind, "to", String.join(", ", to)));
		}
	}

	/** A manual item without a conversation gets the one its first e-mail started. */
	public void attachConversation(WorkItemId item, ConversationId conversation) {
		jdbc.sql("update work.item set conversation_id = ? where id = ? and conversation_id is null")
			.params(conversation.value(), item.value())
			.update();
	}

	/**
	 * The item for a conversation a new e-mail from the queue started, assigned to its
	 * writer and filed under the mailbox's scope; the existing one when the same request
	 * came again.
	 */
	public WorkItem itemFor(Membership m, NewConversation started, String mailboxScope, Instant now) {
		var workspace = m.workspace().id();
		Draft draft = new Draft(InboxReactions.EMAIL_TYPE, started.subject(), Priority.NORMAL, m.member().id(),
				m.member().displayName(), null, List.of(), List.of(), started.to(), null, started.to(),
				started.conversation(), WorkSource.EMAIL, mailboxScope);
		return lifecycle.create(workspace, Actor.of(m), draft, now)
			.or(() -> items.lockByConversation(workspace, started.conversation()))
			.orElseThrow();
	}

}
