package dev.deskhand.inbox;

import dev.deskhand.access.AccessDenied;
import dev.deskhand.access.Membership;
import dev.deskhand.access.Permission;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.inbox.ConversationView.AttachmentView;
import dev.deskhand.inbox.ConversationView.MessageView;
import dev.deskhand.inbox.internal.Conversations;
import dev.deskhand.inbox.internal.Conversations.Inbound;
import dev.deskhand.inbox.internal.Correspondence;
import dev.deskhand.inbox.internal.Mailbox;
import dev.deskhand.inbox.internal.Mailboxes;
import dev.deskhand.inbox.internal.Outbox;
import dev.deskhand.inbox.internal.Recipients;
import dev.deskhand.inbox.internal.Replies;
import dev.deskhand.inbox.internal.Replies.Envelope;
import dev.deskhand.inbox.internal.Signatures;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import dev.deskhand.shared.NotFoundException;
import dev.deskhand.shared.Text;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's facade for mail a person writes: replies with copies, blind copies and
 * attachments, forwards with the original's attachments, new e-mails, and the from-name
 * and signature they go out with. Like {@link InboxManagement}, every method checks the
 * permission and the mailbox scope ({@code mailbox:ADDRESS}); queueing joins the caller's
 * transaction and goes through the one outbox, which sends each message once. Refusals
 * carry message keys ({@code compose.error.*}) for pages.
 */
@Service
public class MailComposer {

	private static final int MAX_BODY = 100_000;

	private static final int MAX_ATTACHMENTS = 20;

	private final Mailboxes mailboxes;

	private final Conversations conversations;

	private final Correspondence correspondence;

	private final Replies replies;

	private final Signatures signatures;

	private final Outbox outbox;

	private final DocumentStore documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MailComposer(Mailboxes mailboxes, Conversations conversations, Correspondence correspondence, Replies replies,
			Signatures signatures, Outbox outbox, DocumentStore documents, ApplicationEventPublisher events,
			Clock clock) {
		this.outbox = outbox;
		this.mailboxes = mailboxes;
		this.conversations = conversations;
		this.correspondence = correspondence;
		this.replies = replies;
		this.signatures = signatures;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Who a reply and a reply-all go to and the identity they carry.
	 * @throws NotFoundException if the caller does not see the conversation
	 */
	@Transactional(readOnly = true)
	public ComposeDefaults defaults(Membership caller, ConversationId conversation) {
		require(caller, Permission.INBOX_VIEW);
		Mailbox mailbox = mailboxOf(caller, conversation);
		Inbound inbound = conversations.lastInbound(conversation).orElse(null);
		String replyTo = inbound == null ? "" : replyAddress(inbound);
		List<String> cc = new ArrayList<>();
		for (String header : correspondence.lastInboundRecipients(conversation)) {
			String address = Recipients.plain(header);
			if (address != null && !address.equalsIgnoreCase(mailbox.address()) && !address.equalsIgnoreCase(replyTo)
					&& !cc.contains(address)) {
				cc.add(address);
			}
		}
		SenderView sender = sender(caller, mailbox);
		String subject = inbound == null ? conversations.view(conversation, mailbox.address()).subject()
				: inbound.subject();
		return new ComposeDefaults(mailbox.id(), mailbox.address(), sender.fromName(), sender.signature(), replyTo, cc,
				InboxManagement.replySubject(subject));
	}

	/**
	 * Queues a reply to the conversation's latest received message (threaded, "Re:"),
	 * with the caller's identity.
	 * @throws InvalidInputException for {@code /to}, {@code /cc}, {@code /bcc},
	 * {@code /body}, {@code /attachments} or {@code /conversation}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public OutgoingId queueReply(Membership author, ConversationId conversation, OutgoingMail mail) {
		require(author, Permission.INBOX_VIEW);
		// a mailbox that is not connected (the demo's, one switched off) still queues:
		// the outbox holds the mail until it is connected
		Mailbox mailbox = mailboxOf(author, conversation);
		Inbound inbound = conversations.lastInbound(conversation)
			.orElseThrow(() -> new InvalidInputException("/conversation", "There is no received message to answer",
					"compose.error.nothingToAnswer"));
		List<String> to = mail.to().isEmpty() || mail.to().stream().allMatch(String::isBlank)
				? List.of(replyAddress(inbound)) : Recipients.check("/to", mail.to());
		return queue(author, mailbox, conversation, to, mail, InboxManagement.replySubject(inbound.subject()),
				text(mail.body(), true), inbound.rfcMessageId(), conversations.messageIds(conversation));
	}

	/**
	 * Forwards a message of the conversation: the note above the original (its sender,
	 * date, subject and recipients, then its text), "Fwd:", the chosen attachments. The
	 * forward stays in the conversation, so an answer threads back into it.
	 * @throws InvalidInputException for {@code /message} and as {@link #queueReply}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public OutgoingId queueForward(Membership author, ConversationId conversation, MessageId message,
			OutgoingMail mail) {
		require(author, Permission.INBOX_VIEW);
		// a mailbox that is not connected (the demo's, one switched off) still queues:
		// the outbox holds the mail until it is connected
		Mailbox mailbox = mailboxOf(author, conversation);
		MessageView original = conversations.view(conversation, mailbox.address())
			.messages()
			.stream()
			.filter(m -> m.id().equals(message))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("/message", "No such message in this conversation",
					"compose.error.message"));
		List<String> to = required(mail.to());
		String note = mail.body() == null ? "" : mail.body().strip();
		if (note.length() > MAX_BODY) {
			throw new InvalidInputException("/body", "The message is too long", "compose.error.bodyTooLong");
		}
		String subject = original.subject().strip();
		if (!subject.toLowerCase(Locale.ROOT).matches("^(fwd?|wg|vs|tr)\\s*:.*")) {
			subject = "Fwd: " + subject;
		}
		String body = note + "\n\n---------- Forwarded message ----------\nFrom: "
				+ (original.fromName().isBlank() ? "" : original.fromName() + " ") + "<" + original.fromAddress()
				+ ">\nDate: "
				+ DateTimeFormatter.RFC_1123_DATE_TIME
					.format((original.sentAt() == null ? original.receivedAt() : original.sentAt())
						.atOffset(ZoneOffset.UTC))
				+ "\nSubject: " + original.subject() + "\nTo: " + String.join(", ", original.to())
				+ (original.cc().isEmpty() ? "" : "\nCc: " + String.join(", ", original.cc())) + "\n\n"
				+ original.body() + (original.quoted().isBlank() ? "" : "\n\n" + original.quoted());
		return queue(author, mailbox, conversation, to, mail, subject, body.strip(), null, List.of());
	}

	/**
	 * Queues a new e-mail (not an answer: no In-Reply-To) in an existing conversation,
	 * e.g. from its work item to a carrier; answers thread back into the conversation.
	 * @throws InvalidInputException for {@code /subject} and as {@link #queueReply}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public OutgoingId queueNewMail(Membership author, ConversationId conversation, String subject, OutgoingMail mail) {
		require(author, Permission.INBOX_VIEW);
		// a mailbox that is not connected (the demo's, one switched off) still queues:
		// the outbox holds the mail until it is connected
		Mailbox mailbox = mailboxOf(author, conversation);
		return queue(author, mailbox, conversation, required(mail.to()), mail, subject(subject),
				text(mail.body(), true), null, List.of());
	}

	/**
	 * Starts a conversation with a new e-mail from one of the caller's mailboxes.
	 * @param mailbox null for the first enabled mailbox the caller sees
	 * @throws InvalidInputException for {@code /mailbox} and as {@link #queueNewMail}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public NewConversation startConversation(Membership author, @Nullable MailboxId mailbox, String subject,
			OutgoingMail mail) {
		require(author, Permission.INBOX_VIEW);
		Mailbox from = sendable(mailbox == null ? senders(author).stream().findFirst().orElse(null)
				: mailboxes.find(author.workspace().id(), mailbox)
					.filter(m -> author.sees(InboxManagement.scope(m.address())))
					.orElse(null));
		List<String> to = required(mail.to());
		String checkedSubject = subject(subject);
		String body = text(mail.body(), true);
		String key = blankToNull(mail.requestKey());
		var earlier = key == null ? java.util.Optional.<OutgoingView>empty()
				: outbox.byRequestKey(author.workspace().id(), key).flatMap(outbox::find);
		if (earlier.isPresent() && earlier.get().conversation() != null) {
			return new NewConversation(earlier.get().conversation(), earlier.get().id(), earlier.get().subject(),
					earlier.get().to().getFirst(), from.address());
		}
		ConversationId conversation = ConversationId.random();
		conversations.create(conversation, from, checkedSubject, to.getFirst(), clock.instant());
		OutgoingId outgoing = queue(author, from, conversation, to, mail, checkedSubject, body, null, List.of());
		return new NewConversation(conversation, outgoing, checkedSubject, to.getFirst(), from.address());
	}

	/**
	 * Stores a file the caller uploads in the composer, filed under the mailbox's scope
	 * like received attachments.
	 * @throws InvalidInputException for {@code /file} (empty, too large, refused type)
	 */
	@Transactional
	public DocumentView storeUpload(Membership author, MailboxId mailbox, @Nullable String fileName,
			InputStream content) {
		require(author, Permission.INBOX_VIEW);
		Mailbox box = mailboxes.find(author.workspace().id(), mailbox)
			.filter(m -> author.sees(InboxManagement.scope(m.address())))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.mailbox")));
		return documents.store(author, fileName, content, InboxManagement.scope(box.address()));
	}

	/**
	 * The attachment of a message in the conversation that is this document.
	 * @throws NotFoundException if the caller does not see the conversation or the
	 * document is not attached in it
	 */
	@Transactional(readOnly = true)
	public AttachmentView attachment(Membership caller, ConversationId conversation, DocumentId document) {
		require(caller, Permission.INBOX_VIEW);
		mailboxOf(caller, conversation);
		return correspondence.attachment(conversation, document)
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.attachment")));
	}

	/**
	 * The enabled mailboxes the caller may send from, by address, with their identity.
	 */
	@Transactional(readOnly = true)
	public List<SenderView> sendingMailboxes(Membership caller) {
		require(caller, Permission.INBOX_VIEW);
		return senders(caller).stream().map(m -> sender(caller, m)).toList();
	}

	/**
	 * Previous correspondents of the mailboxes the caller sees whose address contains
	 * {@code query}, most recent first; the mailboxes' own addresses never.
	 */
	@Transactional(readOnly = true)
	public List<String> correspondents(Membership caller, String query, int limit) {
		require(caller, Permission.INBOX_VIEW);
		List<MailboxId> seen = mailboxes.ofWorkspace(caller.workspace().id())
			.stream()
			.filter(m -> caller.sees(InboxManagement.scope(m.address())))
			.map(Mailbox::id)
			.toList();
		return correspondence.correspondents(caller.workspace().id(), seen, query.strip(), Math.min(limit, 50));
	}

	/** The caller's from-name and signature and those of the mailboxes they see. */
	@Transactional(readOnly = true)
	public IdentitySettings identity(Membership caller) {
		require(caller, Permission.INBOX_VIEW);
		var workspace = caller.workspace().id();
		var mine = caller.member().id();
		List<IdentitySettings.MailboxIdentity> boxes = mailboxes.ofWorkspace(workspace)
			.stream()
			.filter(m -> caller.sees(InboxManagement.scope(m.address())))
			.map(m -> {
				SenderView s = sender(caller, m);
				return new IdentitySettings.MailboxIdentity(m.id(), m.address(), m.displayName(),
						signatures.ofMailbox(m.id()), s.fromName(), s.signature());
			})
			.toList();
		return new IdentitySettings(signatures.fromNameOf(workspace, mine), signatures.of(workspace, mine), boxes);
	}

	/**
	 * Sets the caller's own from-name pattern (at most 200 characters) and signature (at
	 * most 2000); placeholders {@code {{person.name}}}, {@code {{mailbox.name}}},
	 * {@code {{mailbox.address}}}, and in the signature {@code {{mailbox.signature}}}.
	 */
	@Transactional
	public void setPersonIdentity(Membership caller, String fromName, String signature) {
		require(caller, Permission.INBOX_VIEW);
		if (fromName.strip().length() > 200 || fromName.contains("\n") || fromName.contains("\r")) {
			throw new InvalidInputException("/fromName", "A from-name is one line of at most 200 characters",
					"compose.error.fromName");
		}
		if (signature.length() > 2000) {
			throw new InvalidInputException("/signature", "A signature has at most 2000 characters",
					"compose.error.signature");
		}
		var workspace = caller.workspace().id();
		var me = caller.member().id();
		Map<String, String> before = Map.of("fromName", signatures.fromNameOf(workspace, me), "signature",
				signatures.of(workspace, me));
		signatures.set(workspace, me, signature.strip());
		signatures.setFromName(workspace, me, fromName.strip());
		events.publishEvent(AuditableChange.updated(workspace, "signature", me, before,
				Map.of("fromName", fromName.strip(), "signature", signature.strip()),
				"Changed own e-mail from-name and signature"));
	}

	/** Sets a mailbox's signature (at most 2000 characters); managers only. */
	@Transactional
	public void setMailboxSignature(Membership caller, MailboxId id, String signature) {
		require(caller, Permission.MAILBOXES_MANAGE);
		Mailbox mailbox = mailboxes.find(caller.workspace().id(), id)
			.filter(m -> caller.sees(InboxManagement.scope(m.address())))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.mailbox")));
		if (signature.length() > 2000) {
			throw new InvalidInputException("/signature", "A signature has at most 2000 characters",
					"compose.error.signature");
		}
		String before = signatures.ofMailbox(id);
		signatures.setMailbox(id, signature.strip());
		events.publishEvent(AuditableChange.updated(caller.workspace().id(), "mailbox-signature", id, before,
				signature.strip(), "Changed the signature of " + mailbox.address()));
	}

	private OutgoingId queue(Membership author, Mailbox mailbox, ConversationId conversation, List<String> to,
			OutgoingMail mail, String subject, String body, @Nullable String inReplyTo, List<String> references) {
		List<String> cc = Recipients.check("/cc", mail.cc());
		List<String> bcc = Recipients.check("/bcc", mail.bcc());
		Recipients.checkTotal(to, cc, bcc);
		if (mail.attachments().size() > MAX_ATTACHMENTS) {
			throw new InvalidInputException("/attachments", "At most " + MAX_ATTACHMENTS + " attachments",
					"compose.error.tooManyAttachments");
		}
		List<DocumentId> attachments = mail.attachments().stream().distinct().toList();
		for (DocumentId document : attachments) {
			if (documents.find(author, document).isEmpty()) {
				throw new InvalidInputException("/attachments", "No such document: " + document,
						"compose.error.attachment");
			}
		}
		SenderView sender = sender(author, mailbox);
		String text = sender.signature().isBlank() ? body : withSignature(body, sender.signature());
		return replies.queue(mailbox, conversation,
				new Envelope(to, cc, bcc, sender.fromName(), blankToNull(mail.requestKey())), subject, text, inReplyTo,
				references, attachments, false, author.member().id().toString());
	}

	/** The signature goes below the person's text, above a forwarded original. */
	private static String withSignature(String body, String signature) {
		int forwarded = body.indexOf("---------- Forwarded message ----------");
		String sig = "-- \n" + signature.strip();
		if (forwarded >= 0) {
			String note = body.substring(0, forwarded).strip();
			return (note.isEmpty() ? sig : note + "\n\n" + sig) + "\n\n" + body.substring(forwarded);
		}
		return body + "\n\n" + sig;
	}

	private SenderView sender(Membership caller, Mailbox mailbox) {
		var workspace = caller.workspace().id();
		var member = caller.member();
		String name = member.displayName();
		return new SenderView(mailbox.id(), mailbox.address(),
				Signatures.fromName(signatures.fromNameOf(workspace, member.id()), name, mailbox.displayName(),
						mailbox.address()),
				Signatures.combine(signatures.of(workspace, member.id()), signatures.ofMailbox(mailbox.id()), name,
						mailbox.displayName(), mailbox.address()));
	}

	private List<Mailbox> senders(Membership caller) {
		return mailboxes.ofWorkspace(caller.workspace().id())
			.stream()
			.filter(Mailbox::enabled)
			.filter(m -> caller.sees(InboxManagement.scope(m.address())))
			.toList();
	}

	private static Mailbox sendable(@Nullable Mailbox mailbox) {
		if (mailbox == null) {
			throw new InvalidInputException("/mailbox", "No enabled mailbox to send from", "compose.error.mailbox");
		}
		if (!mailbox.enabled()) {
			throw new InvalidInputException("/mailbox", "The mailbox " + mailbox.address() + " is disabled",
					"compose.error.mailboxDisabled");
		}
		return mailbox;
	}

	private static List<String> required(List<String> to) {
		List<String> checked = Recipients.check("/to", to);
		if (checked.isEmpty()) {
			throw new InvalidInputException("/to", "Write at least one address in To", "compose.error.to");
		}
		return checked;
	}

	private static String subject(@Nullable String subject) {
		if (subject == null || subject.isBlank() || subject.length() > 500 || subject.contains("\n")) {
			throw new InvalidInputException("/subject", "A subject of 1 to 500 characters on one line",
					"compose.error.subject");
		}
		return subject.strip();
	}

	private static String text(@Nullable String body, boolean required) {
		if (body == null || body.isBlank()) {
			if (required) {
				throw new InvalidInputException("/body", "Write the message first", "compose.error.body");
			}
			return "";
		}
		if (body.length() > MAX_BODY) {
			throw new InvalidInputException("/body", "The message is longer than " + MAX_BODY + " characters",
					"compose.error.bodyTooLong");
		}
		return body.strip();
	}

	private static String replyAddress(Inbound inbound) {
		String replyTo = inbound.headers().get("Reply-To");
		String address = replyTo == null ? null : Recipients.plain(replyTo);
		return address == null ? inbound.fromAddress().toLowerCase(Locale.ROOT) : address;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private Mailbox mailboxOf(Membership caller, ConversationId id) {
		return conversations.mailboxOf(id)
			.flatMap(m -> mailboxes.find(caller.workspace().id(), m))
			.filter(m -> caller.sees(InboxManagement.scope(m.address())) || conversations.seenThroughParty(caller, id))
			.orElseThrow(() -> new NotFoundException(Text.of("notFound.conversation")));
	}

	private static void require(Membership caller, Permission permission) {
		if (!caller.can(permission)) {
			throw new AccessDenied(AccessDenied.Reason.ROLE, "Your role may not do this");
		}
	}

}
