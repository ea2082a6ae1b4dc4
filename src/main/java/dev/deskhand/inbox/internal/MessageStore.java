package dev.deskhand.inbox.internal;

import dev.deskhand.access.ScopeKind;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.documents.DocumentStore;
import dev.deskhand.documents.DocumentView;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.EmailReceived;
import dev.deskhand.inbox.MessageId;
import dev.deskhand.inbox.internal.ParsedMail.Address;
import dev.deskhand.inbox.internal.ParsedMail.Part;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.shared.AuditableChange;
import dev.deskhand.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a received message exactly once per mailbox (insert … on conflict do nothing on
 * the dedupe key), threads it, keeps its attachments through the documents module and
 * publishes {@link EmailReceived} with an audit entry — all in the caller's transaction,
 * which also advances the folder's last UID.
 */
@Component
public class MessageStore {

	private final JdbcClient jdbc;

	private final Threading threading;

	private final DocumentStore documents;

	private final ApplicationEventPublisher events;

	private final CredentialCipher cipher;

	private final PartyManagement parties;

	private final JsonMapper json = JsonMapper.builder().build();

	MessageStore(JdbcClient jdbc, Threading threading, DocumentStore documents, ApplicationEventPublisher events,
			CredentialCipher cipher, PartyManagement parties) {
		this.parties = parties;
		this.jdbc = jdbc;
		this.threading = threading;
		this.documents = documents;
		this.events = events;
		this.cipher = cipher;
	}

	public boolean exists(Mailbox mailbox, String dedupeKey) {
		return jdbc.sql("select count(*) from inbox.message where mailbox_id = ? and dedupe_key = ?")
			.params(mailbox.id().value(), dedupeKey)
			.query(Long.class)
			.single() > 0;
	}

	public ConversationId conversationOf(MessageId message) {
		return jdbc.sql("select conversation_id from inbox.message where id = ?")
			.param(message.value())
			.query((rs, i) -> new ConversationId(rs.getObject(1, UUID.class)))
			.single();
	}

	/** The new message's id, or empty when the mailbox already has it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<MessageId> storeReceived(Mailbox mailbox, ParsedMail mail, Instant receivedAt) {
		return storeReceived(mailbox, mail, null, receivedAt);
	}

	/**
	 * Like {@link #storeReceived(Mailbox, ParsedMail, Instant)}, keeping the raw bytes
	 * encrypted ({@code raw} null for a placeholder of a message over the size limit).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<MessageId> storeReceived(Mailbox mailbox, ParsedMail mail, byte @Nullable [] raw,
			Instant receivedAt) {
		if (exists(mailbox, mail.dedupeKey())) {
			return Optional.empty();
		}
		List<String> references = mail.bounce() == null || mail.bounce().originalMessageId() == null ? mail.references()
				: Stream.concat(Stream.of(mail.bounce().originalMessageId()), mail.references().stream()).toList();
		ConversationId conversation = threading.conversationFor(mailbox.workspace(), mailbox.id(), mail.inReplyTo(),
				references, mail.subject(), mail.from().address(), receivedAt);
		MessageId id = MessageId.random();
		if (!insert(id, mailbox, conversation, "IN", mail, receivedAt)) {
			return Optional.empty();
		}
		if (raw != null) {
			CredentialCipher.Sealed sealed = cipher.sealMessage(mailbox.workspace(), mailbox.id(), id.value(), raw);
			jdbc.sql("insert into inbox.message_raw (message_id, nonce, ciphertext, size_bytes) values (?, ?, ?, ?)")
				.params(id.value(), sealed.nonce(), sealed.ciphertext(), raw.length)
				.update();
		}
		PartyView party = party(mailbox, conversation, mail.from().address());
		ScopeRef fileScope = attachmentScope(mailbox, party);
		for (Part part : mail.attachments()) {
			attach(mailbox, id, part, fileScope);
		}
		if (mail.messageId() != null) {
			threading.remember(mailbox.id(), mail.messageId(), conversation);
		}
		threading.touched(conversation, receivedAt);
		ParsedMail.Bounce bounce = mail.bounce();
		if (bounce != null) {
			markBounced(mailbox, bounce, receivedAt);
		}
		events.publishEvent(new EmailReceived(mailbox.workspace(), mailbox.id(), mailbox.address(), conversation, id,
				mail.from().address(), mail.from().name(), mail.subject(), receivedAt, mail.automated(),
				mail.automaticKind(), bounce == null ? null : bounce.recipient(),
				bounce == null ? null : bounce.reason(), mail.attachments().stream().anyMatch(p -> !p.inline()),
				party == null ? null : party.id()));
		events.publishEvent(AuditableChange.created(mailbox.workspace(), "email", id,
				Map.of("mailbox", mailbox.id().toString(), "conversation", conversation.toString(), "dedupeKey",
						mail.dedupeKey(), "size", mail.rawSize()),
				"Received e-mail in " + mailbox.address() + (mail.automated() ? " (automated)" : "")
						+ (mail.problem() == null ? "" : " with problems")));
		return Optional.of(id);
	}

	/**
	 * Marks the message we sent that a delivery report returns (by its Message-ID) and
	 * its outbox row as bounced, with the server's reason; a second report changes
	 * nothing.
	 */
	private void markBounced(Mailbox mailbox, ParsedMail.Bounce bounce, Instant at) {
		if (bounce.originalMessageId() == null) {
			return;
		}
		String reason = bounce.reason() == null ? "" : clean(bounce.reason());
		jdbc.sql("""
				update inbox.message set bounced_at = ?, bounce_reason = ?, bounce_recipient = ?
				where mailbox_id = ? and direction = 'OUT' and rfc_message_id = ? and bounced_at is null""")
			.params(Timestamp.from(at), reason, bounce.recipient(), mailbox.id().value(), bounce.originalMessageId())
			.update();
		jdbc.sql("""
				update inbox.outgoing set bounced_at = ?, bounce_reason = ?
				where mailbox_id = ? and rfc_message_id = ? and bounced_at is null""")
			.params(Timestamp.from(at), reason, mailbox.id().value(), bounce.originalMessageId())
			.update();
	}

	/** A received message's raw bytes as the server handed them out; empty for none. */
	public Optional<byte[]> raw(Mailbox mailbox, MessageId message) {
		return jdbc.sql("select nonce, ciphertext from inbox.message_raw where message_id = ?")
			.param(message.value())
			.query((rs, i) -> cipher.openMessage(mailbox.workspace(), mailbox.id(), message.value(),
					new CredentialCipher.Sealed(rs.getBytes(1), rs.getBytes(2))))
			.optional();
	}

	/**
	 * The conversation's party: the one it has, else the sender's (by address, then
	 * domain), which it keeps from now on.
	 */
	private @Nullable PartyView party(Mailbox mailbox, ConversationId conversation, String from) {
		PartyId known = jdbc.sql("select party_id from inbox.conversation where id = ?")
			.param(conversation.value())
			.query((rs, i) -> rs.getObject(1, UUID.class))
			.optional()
			.map(PartyId::new)
			.orElse(null);
		if (known != null) {
			return parties.find(mailbox.workspace(), known).orElse(null);
		}
		PartyView matched = parties.matchSender(mailbox.workspace(), from).orElse(null);
		if (matched != null) {
			jdbc.sql("update inbox.conversation set party_id = ? where id = ? and party_id is null")
				.params(matched.id().value(), conversation.value())
				.update();
		}
		return matched;
	}

	/**
	 * Records a message Deskhand sent (for the conversation's history), with the
	 * documents it carried as its attachments.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public MessageId storeSent(Mailbox mailbox, ConversationId conversation, ParsedMail mail, Instant sentAt,
			List<String> attachments) {
		MessageId id = MessageId.random();
		insert(id, mailbox, conversation, "OUT", mail, sentAt);
		for (String document : attachments) {
			documents
				.findForSystem(mailbox.workspace(), new dev.deskhand.documents.DocumentId(UUID.fromString(document)))
				.ifPresent(d -> jdbc
					.sql("""
							insert into inbox.attachment (id, message_id, document_id, name, content_type, size_bytes, inline,
							    refused_reason, mailbox_id, received_at)
							select ?, m.id, ?, ?, ?, ?, false, null, m.mailbox_id, m.received_at
							  from inbox.message m where m.id = ?""")
					.params(UUID.randomUUID(), d.id().value(), d.name(), d.contentType(), d.size(), id.value())
					.update());
		}
		threading.touched(conversation, sentAt);
		return id;
	}

	private boolean insert(MessageId id, Mailbox mailbox, ConversationId conversation, String direction,
			ParsedMail mail, Instant receivedAt) {
		return jdbc
			.sql("""
					insert into inbox.message (id, workspace_id, mailbox_id, conversation_id, direction, dedupe_key,
					    rfc_message_id, from_address, from_name, to_addresses, cc_addresses, subject, sent_at, received_at,
					    body_text, quoted_from, html_sanitized, headers, automated, automated_reason, parse_problem, raw_size,
					    automatic_kind, bounce_recipient, bounce_reason)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)
					on conflict (mailbox_id, dedupe_key) do nothing""")
			.params(id.value(), mailbox.workspace().value(), mailbox.id().value(), conversation.value(), direction,
					mail.dedupeKey(), mail.messageId(), mail.from().address(), mail.from().name(), addresses(mail.to()),
					addresses(mail.cc()), clean(mail.subject()),
					mail.sentAt() == null ? null : Timestamp.from(mail.sentAt()), Timestamp.from(receivedAt),
					clean(mail.text()), mail.quotedFrom(), mail.html() == null ? null : clean(mail.html()),
					json.writeValueAsString(mail.headers()), mail.automated(), mail.automatedReason(), mail.problem(),
					mail.rawSize(), mail.automaticKind() == null ? null : mail.automaticKind().name(),
					mail.bounce() == null ? null : mail.bounce().recipient(),
					mail.bounce() == null ? null : mail.bounce().reason())
			.update() == 1;
	}

	/**
	 * Files go where the work item goes: a customer's under the customer's scope (so a
	 * member scoped to that customer opens them), other mail's under its mailbox's.
	 */
	private static ScopeRef attachmentScope(Mailbox mailbox, @Nullable PartyView party) {
		String customer = party == null ? null : party.scope();
		return customer != null ? ScopeRef.parse(customer) : new ScopeRef(ScopeKind.MAILBOX.name(), mailbox.address());
	}

	private void attach(Mailbox mailbox, MessageId message, Part part, ScopeRef scope) {
		UUID document = null;
		String refused = part.refused();
		if (part.content() != null && refused == null) {
			try {
				DocumentView stored = documents.storeForSystem(mailbox.workspace(), part.name(),
						new ByteArrayInputStream(part.content()), scope);
				document = stored.id().value();
			}
			catch (InvalidInputException e) {
				refused = e.getMessage();
			}
		}
		jdbc.sql("""
				insert into inbox.attachment (id, message_id, document_id, name, content_type, size_bytes, inline,
				    refused_reason, mailbox_id, received_at)
				select ?, m.id, ?, ?, ?, ?, ?, ?, m.mailbox_id, m.received_at from inbox.message m where m.id = ?""")
			.params(UUID.randomUUID(), document, clean(part.name()), part.contentType(), part.size(), part.inline(),
					document == null ? (refused == null ? "not stored" : refused) : null, message.value())
			.update();
	}

	private String addresses(List<Address> addresses) {
		return json.writeValueAsString(addresses.stream().map(Address::toString).map(MessageStore::clean).toList());
	}

	/** PostgreSQL text cannot hold NUL characters, which broken mail sometimes has. */
	static String clean(@Nullable String s) {
		return s == null ? "" : s.replace("\u0000", "");
	}

}
