package dev.deskhand.inbox.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.access.ScopeRef;
import dev.deskhand.parties.PartyId;
import dev.deskhand.parties.PartyManagement;
import dev.deskhand.parties.PartyView;
import dev.deskhand.documents.DocumentId;
import dev.deskhand.inbox.AutomaticKind;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.ConversationView;
import dev.deskhand.inbox.ConversationView.AttachmentView;
import dev.deskhand.inbox.ConversationView.Direction;
import dev.deskhand.inbox.ConversationView.MessageView;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.inbox.MessageId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads conversations with their messages and attachments. */
@Repository
public class Conversations {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final PartyManagement parties;

	Conversations(JdbcClient jdbc, PartyManagement parties) {
		this.jdbc = jdbc;
		this.parties = parties;
	}

	/**
	 * Whether the caller sees the conversation through its party: a customer's
	 * conversations are filed under {@code customer:NAME} as well as their mailbox.
	 */
	public boolean seenThroughParty(Membership caller, ConversationId id) {
		if (!caller.scoped()) {
			return false;
		}
		return jdbc.sql("select party_id from inbox.conversation where id = ? and party_id is not null")
			.param(id.value())
			.query((rs, i) -> new PartyId(rs.getObject(1, UUID.class)))
			.optional()
			.flatMap(p -> parties.find(caller.workspace().id(), p))
			.map(PartyView::scope)
			.filter(scope -> caller.sees(ScopeRef.parse(scope)))
			.isPresent();
	}

	/** The conversation's received automatic messages, oldest first, as announced. */
	public List<dev.deskhand.inbox.EmailReceived> automaticMessages(dev.deskhand.shared.WorkspaceId workspace,
			ConversationId conversation) {
		return jdbc.sql("""
				select m.id, m.mailbox_id, b.address, m.from_address, m.from_name, m.subject, m.received_at,
				    m.automatic_kind, m.bounce_recipient, m.bounce_reason, c.party_id
				from inbox.message m join inbox.mailbox b on b.id = m.mailbox_id
				    join inbox.conversation c on c.id = m.conversation_id
				where m.conversation_id = ? and m.workspace_id = ? and m.direction = 'IN' and m.automated
				order by m.received_at, m.id""").params(conversation.value(), workspace.value()).query((rs, n) -> {
			String kind = rs.getString("automatic_kind");
			UUID party = rs.getObject("party_id", UUID.class);
			return new dev.deskhand.inbox.EmailReceived(workspace,
					new MailboxId(rs.getObject("mailbox_id", UUID.class)), rs.getString("address"), conversation,
					new MessageId(rs.getObject("id", UUID.class)), rs.getString("from_address"),
					rs.getString("from_name"), rs.getString("subject"), rs.getTimestamp("received_at").toInstant(),
					true, kind == null ? AutomaticKind.AUTO_REPLY : AutomaticKind.valueOf(kind),
					rs.getString("bounce_recipient"), rs.getString("bounce_reason"), false,
					party == null ? null : new PartyId(party));
		}).list();
	}

	/**
	 * A received message of the workspace as it was announced (automated or not), or
	 * empty when there is none.
	 */
	public Optional<dev.deskhand.inbox.EmailReceived> received(dev.deskhand.shared.WorkspaceId workspace,
			MessageId message) {
		return jdbc.sql("""
				select m.conversation_id, m.mailbox_id, b.address, m.from_address, m.from_name, m.subject,
				    m.received_at, m.automated, m.automatic_kind, m.bounce_recipient, m.bounce_reason, c.party_id,
				    exists (select 1 from inbox.attachment a where a.message_id = m.id and not a.inline) as files
				from inbox.message m join inbox.mailbox b on b.id = m.mailbox_id
				    join inbox.conversation c on c.id = m.conversation_id
				where m.id = ? and m.workspace_id = ? and m.direction = 'IN'""")
			.params(message.value(), workspace.value())
			.query((rs, n) -> {
				String kind = rs.getString("automatic_kind");
				UUID party = rs.getObject("party_id", UUID.class);
				boolean automated = rs.getBoolean("automated");
				return new dev.deskhand.inbox.EmailReceived(workspace,
						new MailboxId(rs.getObject("mailbox_id", UUID.class)), rs.getString("address"),
						new ConversationId(rs.getObject("conversation_id", UUID.class)), message,
						rs.getString("from_address"), rs.getString("from_name"), rs.getString("subject"),
						rs.getTimestamp("received_at").toInstant(), automated,
						!automated ? null : kind == null ? AutomaticKind.AUTO_REPLY : AutomaticKind.valueOf(kind),
						rs.getString("bounce_recipient"), rs.getString("bounce_reason"), rs.getBoolean("files"),
						party == null ? null : new PartyId(party));
			})
			.optional();
	}

	/** The conversation's mailbox, if the conversation exists. */
	public Optional<MailboxId> mailboxOf(ConversationId id) {
		return jdbc.sql("select mailbox_id from inbox.conversation where id = ?")
			.param(id.value())
			.query((rs, i) -> new MailboxId(rs.getObject(1, UUID.class)))
			.optional();
	}

	public ConversationView view(ConversationId id, String mailboxAddress) {
		List<MessageView> messages = jdbc
			.sql("select * from inbox.message where conversation_id = ? order by received_at, sent_at nulls last, id")
			.param(id.value())
			.query(this::message)
			.list();
		return jdbc.sql("select * from inbox.conversation where id = ?")
			.param(id.value())
			.query((rs, i) -> new ConversationView(id, new MailboxId(rs.getObject("mailbox_id", UUID.class)),
					mailboxAddress, rs.getString("subject"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("last_message_at").toInstant(), messages))
			.single();
	}

	/** The latest received message of the conversation, the one a reply answers. */
	public Optional<Inbound> lastInbound(ConversationId id) {
		return jdbc.sql("""
				select rfc_message_id, from_address, subject, automated, automated_reason, headers from inbox.message
				where conversation_id = ? and direction = 'IN' order by received_at desc limit 1""")
			.param(id.value())
			.query((rs, i) -> new Inbound(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), json.readValue(rs.getString(6), new TypeReference<Map<String, String>>() {
					})))
			.optional();
	}

	/** The conversation of a message of the workspace, if it has one. */
	public Optional<ConversationId> ofMessage(dev.deskhand.shared.WorkspaceId workspace, MessageId message) {
		return jdbc.sql("select conversation_id from inbox.message where id = ? and workspace_id = ?")
			.params(message.value(), workspace.value())
			.query((rs, i) -> new ConversationId(rs.getObject(1, UUID.class)))
			.optional();
	}

	/** Files a conversation under a customer or carrier (its communication record). */
	public void fileUnder(ConversationId id, PartyId party) {
		jdbc.sql("update inbox.conversation set party_id = ? where id = ?").params(party.value(), id.value()).update();
	}

	/** The body text of a message of the workspace; empty when there is none. */
	public String receivedText(dev.deskhand.shared.WorkspaceId workspace, MessageId message) {
		return jdbc.sql("select body_text from inbox.message where id = ? and workspace_id = ?")
			.params(message.value(), workspace.value())
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** Every Message-ID of the conversation, oldest first, for References. */
	public List<String> messageIds(ConversationId id) {
		return jdbc.sql("""
				select rfc_message_id from inbox.message where conversation_id = ? and rfc_message_id is not null
				order by received_at""").param(id.value()).query(String.class).list();
	}

	public void create(ConversationId id, Mailbox mailbox, String subject, String correspondent, java.time.Instant at) {
		jdbc.sql("""
				insert into inbox.conversation (id, workspace_id, mailbox_id, subject_key, participants, subject,
				    started_at, last_message_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), mailbox.workspace().value(), mailbox.id().value(), Threading.subjectKey(subject),
					correspondent, subject, Timestamp.from(at), Timestamp.from(at))
			.update();
	}

	private MessageView message(ResultSet rs, int i) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		String text = rs.getString("body_text");
		Integer quotedFrom = (Integer) rs.getObject("quoted_from");
		int split = quotedFrom == null ? text.length() : Math.min(quotedFrom, text.length());
		Timestamp sent = rs.getTimestamp("sent_at");
		Timestamp bounced = rs.getTimestamp("bounced_at");
		String kind = rs.getString("automatic_kind");
		return new MessageView(new MessageId(id), Direction.valueOf(rs.getString("direction")),
				rs.getString("rfc_message_id"), rs.getString("from_address"), rs.getString("from_name"),
				list(rs.getString("to_addresses")), list(rs.getString("cc_addresses")), rs.getString("subject"),
				sent == null ? null : sent.toInstant(), rs.getTimestamp("received_at").toInstant(),
				text.substring(0, split).strip(), text.substring(split).strip(), rs.getString("html_sanitized"),
				rs.getBoolean("automated"), rs.getString("automated_reason"), rs.getString("parse_problem"),
				attachments(id), kind == null ? null : AutomaticKind.valueOf(kind), rs.getString("bounce_recipient"),
				rs.getString("bounce_reason"), bounced == null ? null : bounced.toInstant());
	}

	private List<AttachmentView> attachments(UUID message) {
		return jdbc.sql("select * from inbox.attachment where message_id = ? order by name")
			.param(message)
			.query((rs, i) -> {
				UUID document = rs.getObject("document_id", UUID.class);
				return new AttachmentView(rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"),
						rs.getBoolean("inline"), document == null ? null : new DocumentId(document),
						rs.getString("refused_reason"));
			})
			.list();
	}

	private List<String> list(String jsonArray) {
		return json.readValue(jsonArray, new TypeReference<List<String>>() {
		});
	}

	/** What a reply needs of the message it answers. */
	public record Inbound(@Nullable String rfcMessageId, String fromAddress, String subject, boolean automated,
			@Nullable String automatedReason, Map<String, String> headers) {
	}

}
