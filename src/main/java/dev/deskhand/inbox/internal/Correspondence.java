package dev.deskhand.inbox.internal;

import dev.deskhand.documents.DocumentId;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.ConversationView.AttachmentView;
import dev.deskhand.inbox.MailboxId;
import dev.deskhand.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What composing needs to read: previous correspondents for type-ahead, the recipients of
 * the latest received message for reply-all, and whether a document is an attachment of a
 * conversation.
 */
@Repository
public class Correspondence {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Correspondence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Addresses that wrote to or were written to from these mailboxes, containing
	 * {@code query} (case-insensitive), the most recent first.
	 */
	public List<String> correspondents(WorkspaceId workspace, List<MailboxId> mailboxes, String query, int limit) {
		if (mailboxes.isEmpty()) {
			return List.of();
		}
		String like = "%"
				+ query.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		UUID[] ids = mailboxes.stream().map(MailboxId::value).toArray(UUID[]::new);
		return jdbc
			.sql("""
					select address from (
					    select lower(from_address) as address, received_at as at from inbox.message
					    where workspace_id = ? and mailbox_id = any(?) and direction = 'IN' and not automated
					    union all
					    select lower(coalesce(substring(t from '<([^<>]+)>'), t)), m.received_at from inbox.message m,
					        jsonb_array_elements_text(m.to_addresses || m.cc_addresses) t
					    where m.workspace_id = ? and m.mailbox_id = any(?) and m.direction = 'OUT'
					) a
					where address like ? and address not in (select lower(address) from inbox.mailbox where workspace_id = ?)
					group by address order by max(at) desc limit ?""")
			.params(workspace.value(), ids, workspace.value(), ids, like, workspace.value(), limit)
			.query(String.class)
			.list();
	}

	/** To and Cc of the conversation's latest received message, as stored. */
	public List<String> lastInboundRecipients(ConversationId conversation) {
		return jdbc.sql("""
				select to_addresses, cc_addresses from inbox.message where conversation_id = ? and direction = 'IN'
				order by received_at desc limit 1""").param(conversation.value()).query((rs, i) -> {
			List<String> all = new java.util.ArrayList<>(list(rs.getString(1)));
			all.addAll(list(rs.getString(2)));
			return all;
		}).optional().orElse(List.of());
	}

	/** The attachment of one of the conversation's messages that is this document. */
	public Optional<AttachmentView> attachment(ConversationId conversation, DocumentId document) {
		return jdbc.sql("""
				select a.name, a.content_type, a.size_bytes, a.inline from inbox.attachment a
				join inbox.message m on m.id = a.message_id
				where m.conversation_id = ? and a.document_id = ? limit 1""")
			.params(conversation.value(), document.value())
			.query((rs, i) -> new AttachmentView(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
					document, null))
			.optional();
	}

	private List<String> list(String jsonArray) {
		return json.readValue(jsonArray, new TypeReference<List<String>>() {
		});
	}

}
