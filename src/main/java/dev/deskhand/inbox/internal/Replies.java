package dev.deskhand.inbox.internal;

import dev.deskhand.shared.Text;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.OutgoingDraft;
import dev.deskhand.inbox.OutgoingId;
import dev.deskhand.inbox.OutgoingMailDecorator;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues an outgoing message in the caller's transaction: generates its Message-ID (so a
 * retry or a restart sends the same message, and the answer threads back), lets the
 * {@link OutgoingMailDecorator}s change it, stores the outbox row and remembers the
 * Message-ID for threading. An automatic message is refused when the conversation had one
 * the same day (UTC).
 */
@Component
public class Replies {

	private final Outbox outbox;

	private final Threading threading;

	private final ObjectProvider<OutgoingMailDecorator> decorators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Replies(Outbox outbox, Threading threading, ObjectProvider<OutgoingMailDecorator> decorators,
			ApplicationEventPublisher events, Clock clock) {
		this.outbox = outbox;
		this.threading = threading;
		this.decorators = decorators;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingId queue(Mailbox mailbox, ConversationId conversation, List<String> to, String subject, String body,
			@Nullable String inReplyTo, List<String> references, List<DocumentId> attachments, boolean automatic,
			@Nullable String author) {
		return queue(mailbox, conversation, new Envelope(to, List.of(), List.of(), mailbox.displayName(), null),
				subject, body, inReplyTo, references, attachments, automatic, author);
	}

	/**
	 * Queues a message with copies, blind copies and a from-name of its own. With a
	 * request key, the same key again (a form sent twice, an API call retried) returns
	 * the message queued the first time and queues nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutgoingId queue(Mailbox mailbox, ConversationId conversation, Envelope envelope, String subject,
			String body, @Nullable String inReplyTo, List<String> references, List<DocumentId> attachments,
			boolean automatic, @Nullable String author) {
		if (envelope.requestKey() != null) {
			Optional<OutgoingId> earlier = outbox.byRequestKey(mailbox.workspace(), envelope.requestKey());
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		List<String> to = envelope.to();
		OutgoingId id = OutgoingId.random();
		String domain = mailbox.address().substring(mailbox.address().indexOf('@') + 1);
		String rfcMessageId = "<" + UUID.randomUUID() + "@" + domain + ">";
		OutgoingDraft draft = new OutgoingDraft(mailbox.workspace(), mailbox.id(), conversation, id, to, subject, body,
				automatic, Map.of());
		for (OutgoingMailDecorator decorator : decorators.orderedStream().toList()) {
			draft = decorator.decorate(draft);
		}
		List<String> refs = references.size() > 20 ? references.subList(references.size() - 20, references.size())
				: references;
		OutgoingPayload payload = new OutgoingPayload(mailbox.address(), envelope.fromName(), draft.to(),
				draft.subject(), draft.body(), inReplyTo, refs, attachments.stream().map(DocumentId::toString).toList(),
				withReplyTo(draft.headers(), envelope.replyTo()), author, envelope.cc(), envelope.bcc());
		Instant now = clock.instant();
		if (!outbox.insert(id, mailbox.workspace(), mailbox, conversation, rfcMessageId, payload, automatic, now,
				envelope.requestKey())) {
			if (envelope.requestKey() != null) {
				Optional<OutgoingId> earlier = outbox.byRequestKey(mailbox.workspace(), envelope.requestKey());
				if (earlier.isPresent()) {
					return earlier.get();
				}
			}
			throw new InvalidInputException("/automatic", Text.of("input.oneAutomaticADay"));
		}
		threading.remember(mailbox.id(), rfcMessageId, conversation);
		events.publishEvent(AuditableChange.created(mailbox.workspace(), "outgoing-email", id,
				Map.of("conversation", conversation.toString(), "to", draft.to(), "cc", envelope.cc(), "bcc",
						envelope.bcc(), "subject", draft.subject(), "messageId", rfcMessageId, "automatic", automatic,
						"attachments", payload.attachments()),
				"Queued e-mail to " + String.join(", ", draft.to()) + (automatic ? " (automatic)" : "")));
		return id;
	}

	private static Map<String, String> withReplyTo(Map<String, String> headers, @Nullable String replyTo) {
		if (replyTo == null) {
			return headers;
		}
		Map<String, String> all = new java.util.LinkedHashMap<>(headers);
		all.put("Reply-To", replyTo);
		return all;
	}

	/**
	 * Who a message goes to and from: {@code fromName} is the display name beside the
	 * mailbox's address; {@code requestKey} (optional) makes queueing idempotent;
	 * {@code replyTo} (optional) where answers should go instead of the mailbox (an
	 * invoice: to its issuer).
	 */
	public record Envelope(List<String> to, List<String> cc, List<String> bcc, String fromName,
			@Nullable String requestKey, @Nullable String replyTo) {

		public Envelope {
			to = List.copyOf(to);
			cc = List.copyOf(cc);
			bcc = List.copyOf(bcc);
		}

		public Envelope(List<String> to, List<String> cc, List<String> bcc, String fromName,
				@Nullable String requestKey) {
			this(to, cc, bcc, fromName, requestKey, null);
		}

	}

}
