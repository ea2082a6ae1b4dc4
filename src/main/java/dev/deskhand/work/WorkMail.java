package dev.deskhand.work;

import dev.deskhand.access.Membership;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.MailComposer;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.NewConversation;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.inbox.OutgoingMail;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.work.internal.ItemAccess;
import dev.deskhand.work.internal.ItemChanges;
import dev.deskhand.work.internal.MailFromItems;
import dev.deskhand.work.internal.WorkItem;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work module's facade for e-mail written on items and from the queue: replies
 * (reply-all, copies, blind copies, attachments), forwards and new e-mails. Each is
 * queued through the inbox's one outbox in the same transaction as its timeline entry and
 * the item's next status, so it is sent once and never without its record. Callers pass
 * the {@link Membership} from {@code AccessPolicy.require}; an item outside the caller's
 * scopes answers {@link NotFoundException}.
 */
@Service
@Transactional
public class WorkMail {

	private final ItemAccess access;

	private final ItemChanges changes;

	private final MailFromItems mail;

	private final MailComposer composer;

	private final Clock clock;

	WorkMail(ItemAccess access, ItemChanges changes, MailFromItems mail, MailComposer composer, Clock clock) {
		this.access = access;
		this.changes = changes;
		this.mail = mail;
		this.composer = composer;
		this.clock = clock;
	}

	/**
	 * Sends mail from the item and then resolves it or sets it waiting, if asked; a
	 * refusal of either (e.g. a required checklist still open) sends nothing.
	 * @throws InvalidInputException for {@code /to}, {@code /cc}, {@code /bcc},
	 * {@code /subject}, {@code /body}, {@code /attachments}, {@code /message},
	 * {@code /conversation} or {@code /status}
	 */
	public OutgoingId send(Membership m, WorkItemId id, ItemMail request) {
		WorkItem item = access.visible(m, id);
		ConversationId conversation = item.view().conversation();
		OutgoingMail body = request.mail();
		OutgoingId outgoing = switch (request.kind()) {
			case REPLY -> composer.queueReply(m, conversationOf(conversation), body);
			case FORWARD -> {
				if (request.message() == null) {
					throw new InvalidInputException("/message", "Choose the message to forward",
							"compose.error.message");
				}
				yield composer.queueForward(m, conversationOf(conversation), request.message(), body);
			}
			case NEW -> {
				String subject = request.subject() == null ? "" : request.subject();
				if (conversation != null) {
					yield composer.queueNewMail(m, conversation, subject, body);
				}
				NewConversation started = composer.startConversation(m, null, subject, body);
				mail.attachConversation(id, started.conversation());
				yield started.outgoing();
			}
		};
		Instant now = now();
		mail.recordQueued(m, id, outgoing, request.kind().name().toLowerCase(java.util.Locale.ROOT),
				recipients(request, conversation == null ? null : composer.defaults(m, conversation).replyTo()), now);
		then(m, access.visible(m, id), request.kind(), request.then(), now);
		return outgoing;
	}

	/**
	 * A new e-mail from the queue: starts a conversation and the work item for it
	 * (assigned to the writer, filed under the mailbox's scope).
	 * @param mailbox null for the first enabled mailbox the caller sees
	 * @throws InvalidInputException as {@link #send}, and {@code /mailbox}
	 */
	public WorkItemView start(Membership m, @Nullable MailboxId mailbox, String subject, OutgoingMail body,
			ItemMail.@Nullable Then then) {
		ItemAccess.require(m, dev.deskhand.access.Permission.WORK_VIEW);
		NewConversation started = composer.startConversation(m, mailbox, subject, body);
		Instant now = now();
		WorkItem item = mail.itemFor(m, started, "mailbox:" + started.mailboxAddress(), now);
		mail.recordQueued(m, item.view().id(), started.outgoing(), "new", body.to(), now);
		then(m, item, ItemMail.Kind.NEW, then, now);
		return item.view();
	}

	private void then(Membership m, WorkItem item, ItemMail.Kind kind, ItemMail.@Nullable Then then, Instant now) {
		if (then == null) {
			return;
		}
		WorkStatus next = then == ItemMail.Then.RESOLVE ? WorkStatus.RESOLVED
				: kind == ItemMail.Kind.REPLY ? WorkStatus.WAITING_ON_CUSTOMER : WorkStatus.WAITING_ON_THIRD_PARTY;
		if (item.view().status() != next) {
			changes.apply(m, item, WorkItemChange.status(next), now);
		}
	}

	private static List<String> recipients(ItemMail request, @Nullable String replyTo) {
		List<String> to = request.mail().to().stream().filter(s -> !s.isBlank()).toList();
		return to.isEmpty() && replyTo != null ? List.of(replyTo) : to;
	}

	private static ConversationId conversationOf(@Nullable ConversationId conversation) {
		if (conversation == null) {
			throw new InvalidInputException("/conversation", "This item has no e-mail conversation to answer",
					"compose.error.noConversation");
		}
		return conversation;
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
