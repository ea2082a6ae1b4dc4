package dev.deskhand.inbox.internal;

import dev.deskhand.access.Membership;
import dev.deskhand.inbox.ConversationId;
import dev.deskhand.inbox.ConversationSummary;
import dev.deskhand.shared.WholeReferences;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the readable conversations among given ones or naming given references: a message
 * or an attachment's name holds the reference in its search column {@code refs} as
 * {@link WholeReferences} reads it, so S-12 is not found in mail about S-123. The trigram
 * indexes on {@code refs} find the candidates.
 */
@Repository
public class ConversationsNaming {

	private final JdbcClient jdbc;

	private final ReadableConversations readable;

	ConversationsNaming(JdbcClient jdbc, ReadableConversations readable) {
		this.jdbc = jdbc;
		this.readable = readable;
	}

	/**
	 * The ones the caller reads (who has {@code INBOX_VIEW}), newest first, at most
	 * {@code limit}.
	 */
	public List<ConversationSummary> find(Membership caller, Collection<ConversationId> conversations,
			Collection<String> references, int limit) {
		ReadableConversations.Readable readable = this.readable.of(List.of(caller));
		if (readable.none()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("ws", caller.workspace().id().value());
		params.put("mailboxes", readable.mailboxes());
		params.put("customers", readable.customers());
		params.put("ids", conversations.stream().map(ConversationId::value).toArray(UUID[]::new));
		params.put("limit", limit);
		String named = WholeReferences.condition(references, "ref", params);
		return jdbc.sql("""
				select c.id, c.subject, c.last_message_at, s.from_name, s.from_address
				from inbox.conversation c
				  cross join lateral (select m.from_name, m.from_address from inbox.message m
				                      where m.conversation_id = c.id
				                      order by m.direction = 'IN' desc, m.received_at desc limit 1) s
				where c.workspace_id = :ws
				  and (c.mailbox_id = any(:mailboxes) or c.party_id = any(:customers))
				  and (c.id = any(:ids) or c.id in (
				        select m.conversation_id from inbox.message m where m.workspace_id = :ws and (%1$s)
				        union
				        select m.conversation_id from inbox.attachment a join inbox.message m on m.id = a.message_id
				        where m.workspace_id = :ws and (%2$s)))
				order by c.last_message_at desc, c.id limit :limit
				""".formatted(named.replace("{refs}", "m.refs"), named.replace("{refs}", "a.refs")))
			.params(params)
			.query((rs, i) -> new ConversationSummary(new ConversationId(rs.getObject("id", UUID.class)),
					rs.getString("subject"), rs.getString("from_name"), rs.getString("from_address"),
					rs.getTimestamp("last_message_at").toInstant()))
			.list();
	}

}
